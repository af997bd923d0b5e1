package main

//go:noinline
func cmpu(a, b uint64) (bool, bool, bool, bool) { return a < b, a <= b, a > b, a >= b }

//go:noinline
func cmp8(a, b uint8) (bool, bool) { return a < b, a > b }

//go:noinline
func cmps8(a, b int8) (bool, bool) { return a < b, a > b }

func main() {
	println(cmpu(0, 1<<63))
	println(cmpu(1<<63, 0))
	println(cmpu(18446744073709551615, 18446744073709551615))
	println(cmp8(200, 100))
	println(cmps8(-56, 100))
	x := uint32(0)
	x--
	println(x > 0, x == 4294967295)
}
