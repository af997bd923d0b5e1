package main

func main() {
	s := "héllo→"
	b := []byte(s)
	println(len(b), b[1], b[2])
	b[0] = 'H'
	println(string(b), s)
	r := []rune(s)
	println(len(r), r[1], r[5])
	r[5] = '!'
	println(string(r))
	println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x10ffff+1)) == "\ufffd")
	var empty []byte
	println(string(empty) == "", len([]rune("")))
	bs := []byte{'g', 'o', 0xe4, 0xb8, 0x96}
	println(string(bs), len(string(bs)))
}
