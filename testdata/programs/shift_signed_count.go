package main

//go:noinline
func shl(x int, s int) int { return x << s }

//go:noinline
func shr(x int32, s int8) int32 { return x >> s }

//go:noinline
func shru(x uint16, s int64) uint16 { return x >> s }

func main() {
	for s := 0; s < 70; s += 5 {
		println(s, shl(3, s), shr(-1000, int8(s)), shru(0xffff, int64(s)))
	}
	const c = 1 << 10
	var v uint8 = 3
	println(c>>v, 1<<v<<v, uint8(1)<<v<<v<<v)
}
