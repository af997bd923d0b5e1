package main

func isUpper(r rune) bool { return r >= 'A' && r <= 'Z' }

func main() {
	var b byte = 'a'
	var r rune = 'é'
	println(b, r, 'x', b+1, r+1)
	println(string(b), string(r), string(b+1))
	s := ""
	for _, c := range "Hello World" {
		if isUpper(c) {
			c += 'a' - 'A'
		} else if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		s += string(c)
	}
	println(s)
	var bb byte = 255
	bb++
	neg := rune(-1)
	println(bb, neg, uint32(neg), string(neg))
}
