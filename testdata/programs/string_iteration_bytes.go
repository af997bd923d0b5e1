package main

func main() {
	s := "aé"
	for i := 0; i < len(s); i++ {
		println(i, s[i])
	}
	bs := []byte(s)
	for i, b := range bs {
		println(i, b)
	}
	rs := []rune("aé\xff")
	for i, r := range rs {
		println(i, r)
	}
	println(string(rs), len(string(rs)))
}
