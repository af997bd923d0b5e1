package main

const (
	MaxU8  = ^uint8(0)
	MaxU64 = ^uint64(0)
	MinI64 = -1 << 63
)

//go:noinline
func abs(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

func main() {
	println(MaxU8, MaxU64, MinI64, abs(MinI64), abs(-5))
	var a int = MinI64
	println(a-1, a+a, a*-1, -a == a)
	var b uint64 = MaxU64
	println(b+1, b*b, b/b)
	println(int8(MaxU8>>1), int16(-1<<15), 0x7fffffff+int64(1))
}
