package main

//go:noinline
func sl(s []int, i, j, k int) []int { return s[i:j:k] }

func main() {
	s := make([]int, 4, 8)
	for i := range s {
		s[i] = i + 1
	}
	a := sl(s, 0, 0, 0)
	b := sl(s, 8, 8, 8)
	c := sl(s, 2, 6, 8)
	println(len(a), cap(a), len(b), cap(b), len(c), cap(c), c[0], c[3])
	str := "hello"
	println(str[5:] == "", str[:5] == str, str[2:2] == "")
	arr := [5]int{1, 2, 3, 4, 5}
	p := &arr
	println(len(p[1:]), cap(p[:2:3]), p[4:][0])
}
