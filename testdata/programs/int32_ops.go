package main

//go:noinline
func ops(a, b int32) {
	println(a+b, a-b, a*b, a/b, a%b, a<<5, a>>5, a&^b, -a)
}

//go:noinline
func uops(a, b uint32) {
	println(a+b, a-b, a*b, a/b, a%b, a<<5, a>>5, a&^b, -a)
}

func main() {
	ops(-2147483648, 7)
	ops(2147483647, -2)
	ops(123456789, 1000)
	uops(4294967295, 2)
	uops(1<<31, 3)
	uops(123456789, 1000)
}
