package main

//go:noinline
func cmp(a, b string) { println(a == b, a != b, a < b, a <= b, a > b, a >= b) }

func main() {
	cmp("", "")
	cmp("a", "")
	cmp("abc", "abd")
	cmp("abc", "ab")
	cmp("\xff", "\x7f")
	cmp("same string here", "same string here")
	long := "0123456789abcdefghijklmnopqrstuvwxyz"
	cmp(long, long[:35]+"Z")
	cmp(long[1:], long[1:])
}
