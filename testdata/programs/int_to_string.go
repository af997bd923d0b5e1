package main

//go:noinline
func str8(x int8) string { return string(rune(x)) }

//go:noinline
func str64(x int64) string { return string(rune(x)) }

//go:noinline
func stru(x uint32) string { return string(rune(x)) }

func main() {
	println(str8(65), str8(-1) == "\uFFFD")
	println(str64(0x1F600), str64(0xD800) == "\uFFFD", str64(1<<40) == "\uFFFD")
	println(stru(0x10FFFF) == "\U0010FFFF", stru(0x110000) == "\uFFFD", len(stru(0x10FFFF)))
	println(len(string(rune(0x7f))), len(string(rune(0x80))), len(string(rune(0x800))), len(string(rune(0x10000))))
}
