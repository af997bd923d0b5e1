package main

//go:noinline
func f(a, b int64) (int64, int64, int64) { return a + b, a - b, a * b }

//go:noinline
func g(a, b uint64) (uint64, uint64, uint64) { return a + b, a - b, a * b }

//go:noinline
func neg(a int64) int64 { return -a }

//go:noinline
func div(a, b int64) (int64, int64) { return a / b, a % b }

func main() {
	println(f(9223372036854775807, 1))
	println(f(-9223372036854775808, 1))
	println(f(1<<32, 1<<32))
	println(g(18446744073709551615, 1))
	println(g(0, 1))
	println(g(1<<63, 3))
	println(neg(-9223372036854775808))
	println(div(-9223372036854775808, -1))
	println(div(-7, 2))
	println(div(7, -2))
}
