package main

//go:noinline
func ops(a, b uint32) {
	println(a&b, a|b, a^b, a&^b, ^a, -a)
}

//go:noinline
func ops64(a, b int64) {
	println(a&b, a|b, a^b, a&^b, ^a, -a)
}

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func main() {
	ops(0xf0f0f0f0, 0x0ff00ff0)
	ops(0, 0xffffffff)
	ops64(-1, 0x1234567890)
	ops64(-9223372036854775808, 1)
	println(popcount(0), popcount(1<<63), popcount(0xffffffffffffffff), popcount(0x5555))
}
