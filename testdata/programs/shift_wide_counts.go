package main

//go:noinline
func s64(x uint64, c uint64) (uint64, uint64, int64) { return x << c, x >> c, int64(x) >> c }

//go:noinline
func s16(x int16, c uint64) (int16, int16, uint16) { return x << c, x >> c, uint16(x) >> c }

func main() {
	for _, c := range []uint64{0, 1, 15, 16, 17, 31, 32, 63, 64, 1 << 32, 1 << 63, 18446744073709551615} {
		println(s64(0x8000000000000001, c))
		println(s16(-2, c))
	}
}
