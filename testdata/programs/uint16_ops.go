package main

//go:noinline
func ops(a, b uint16) {
	println(a+b, a-b, a*b, a/b, a%b, a<<3, a>>3, a&b, a|b, a^b)
}

//go:noinline
func sops(a, b int16) {
	println(a+b, a-b, a*b, a/b, a%b, a<<3, a>>3, a&b, a|b, a^b)
}

func main() {
	ops(65535, 2)
	ops(1000, 7)
	ops(32768, 32768)
	sops(-32768, 3)
	sops(32767, -7)
	sops(-1, 1)
}
