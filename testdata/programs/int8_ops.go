package main

//go:noinline
func ops(a, b int8) {
	println(a+b, a-b, a*b, a/b, a%b, a<<1, a>>1, ^a, -a)
}

//go:noinline
func uops(a, b uint8) {
	println(a+b, a-b, a*b, a/b, a%b, a<<1, a>>1, ^a, -a)
}

func main() {
	ops(-128, 3)
	ops(127, -1)
	ops(-7, 2)
	uops(255, 2)
	uops(128, 128)
	uops(7, 3)
}
