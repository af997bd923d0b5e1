package main

// add3 adds three int64s; mulhi returns the high 64 bits of an unsigned product.
func add3(a, b, c int64) int64
func mulhi(a, b uint64) uint64

func main() {
	println(add3(1, 2, 3), add3(1<<62, 1<<62, -1))
	println(mulhi(1<<63, 4), mulhi(0xffffffffffffffff, 0xffffffffffffffff))
}
