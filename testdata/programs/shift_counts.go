package main

//go:noinline
func shl8(x int8, s uint) int8 { return x << s }

//go:noinline
func shr8(x int8, s uint) int8 { return x >> s }

//go:noinline
func shru8(x uint8, s uint) uint8 { return x >> s }

//go:noinline
func shl64(x int64, s uint8) int64 { return x << s }

//go:noinline
func shr64(x int64, s uint16) int64 { return x >> s }

//go:noinline
func shru64(x uint64, s uint32) uint64 { return x >> s }

//go:noinline
func shl32(x uint32, s int) uint32 { return x << s }

func main() {
	for _, s := range []uint{0, 1, 7, 8, 9, 63, 64, 65, 200} {
		println(s, shl8(-3, s), shr8(-128, s), shru8(200, s))
	}
	for _, s := range []uint8{0, 1, 31, 32, 63, 64, 255} {
		println(s, shl64(-5, s), shr64(-1<<62, uint16(s)), shru64(1<<63|1, uint32(s)), shl32(0xdeadbeef, int(s)))
	}
}
