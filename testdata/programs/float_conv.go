package main

//go:noinline
func toInts(f float64) { println(int8(f), int16(f), int32(f), int64(f)) }

//go:noinline
func toUints(f float64) { println(uint8(f), uint16(f), uint32(f), uint64(f)) }

//go:noinline
func fromInts(i int64, u uint64) { println(float64(i), float32(i), float64(u), float32(u)) }

func main() {
	toInts(1.9)
	toInts(-1.9)
	toInts(100.5)
	toInts(0)
	toUints(1.9)
	toUints(255.9)
	toUints(4294967295)
	fromInts(-1, 1)
	fromInts(1<<53+1, 1<<63)
	fromInts(-9223372036854775808, 18446744073709551615)
	var f32 float32 = 16777217
	println(f32, float64(f32), float32(0.1), float64(float32(0.1)))
	println(uint64(float64(1<<63)), uint64(1.5e19), int64(-1.5e18))
}
