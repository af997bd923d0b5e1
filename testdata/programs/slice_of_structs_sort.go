package main

type Person struct {
	Name string
	Age  int
}

func sortByAge(ps []Person) {
	for i := 1; i < len(ps); i++ {
		p := ps[i]
		j := i - 1
		for j >= 0 && (ps[j].Age > p.Age || ps[j].Age == p.Age && ps[j].Name > p.Name) {
			ps[j+1] = ps[j]
			j--
		}
		ps[j+1] = p
	}
}

func main() {
	ps := []Person{{"bob", 30}, {"al", 25}, {"cy", 30}, {"di", 19}, {"ed", 25}}
	sortByAge(ps)
	for _, p := range ps {
		println(p.Name, p.Age)
	}
	oldest := &ps[len(ps)-1]
	oldest.Age++
	println(ps[4].Age)
}
