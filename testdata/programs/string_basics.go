package main

func main() {
	s := "hello, 世界"
	println(len(s), s[0], s[7], s[1:5], s[7:], s[:0] == "")
	t := s + "!" + s[:5]
	println(t, len(t))
	println("a" < "b", "abc" < "abd", "ab" < "abc", "" < "a", "b" > "abc", "x" == "x", "x" != "y")
	u := "\x00\xff\t\"\\"
	println(len(u), u[0], u[1], u[4])
	r := `raw\n` + "\u00e9"
	println(r, len(r))
}
