package main

//go:noinline
func f(a, b int32) (int32, int32, int32) { return a + b, a - b, a * b }

//go:noinline
func g(a, b uint32) (uint32, uint32, uint32) { return a + b, a - b, a * b }

func main() {
	println(f(2147483647, 1))
	println(f(-2147483648, 1))
	println(f(65536, 65536))
	println(g(4294967295, 1))
	println(g(0, 1))
	println(g(65537, 65537))
	var m int32 = -2147483648
	println(-m, m/-1, m%-1, ^m)
}
