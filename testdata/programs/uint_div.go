package main

//go:noinline
func d8(a, b uint8) (uint8, uint8) { return a / b, a % b }

//go:noinline
func d16(a, b uint16) (uint16, uint16) { return a / b, a % b }

//go:noinline
func d32(a, b uint32) (uint32, uint32) { return a / b, a % b }

//go:noinline
func d64(a, b uint64) (uint64, uint64) { return a / b, a % b }

func main() {
	println(d8(255, 7))
	println(d16(65535, 256))
	println(d32(4294967295, 10))
	println(d64(18446744073709551615, 10))
	println(d64(1<<63, 3))
	x := uint64(18446744073709551615)
	println(x/3, x%3, x/1000000007, x%1000000007)
	for i := uint32(1); i < 100000; i *= 7 {
		println(i, 1000000/i, 1000000%i)
	}
}
