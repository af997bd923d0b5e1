package main

func main() {
	rs := []rune{'G', 'o', '世', 0x1F600, -1, 0xD800}
	s := string(rs)
	println(s, len(s))
	back := []rune(s)
	println(len(back), back[4], back[5])
	for _, r := range []rune{0, 0x7f, 0x80, 0x7ff, 0x800, 0xffff, 0x10000, 0x10ffff} {
		println(r, len(string(r)), []rune(string(r))[0] == r)
	}
	var empty []rune
	println(string(empty) == "")
}
