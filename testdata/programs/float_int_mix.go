package main

//go:noinline
func avg(xs []int) float64 {
	s := 0
	for _, x := range xs {
		s += x
	}
	return float64(s) / float64(len(xs))
}

//go:noinline
func round(f float64) int {
	if f < 0 {
		return -int(-f + 0.5)
	}
	return int(f + 0.5)
}

func main() {
	println(avg([]int{1, 2, 3, 4}))
	println(round(2.5), round(-2.5), round(2.49), round(-0.4))
	var u8 uint8 = 200
	var f32 float32 = float32(u8) * 1.5
	println(f32, uint8(f32/2), int16(-f32))
	var i64 int64 = 1<<62 + 1
	println(float64(i64), int64(float64(i64)))
	var u32 uint32 = 4294967295
	println(float32(u32), float64(u32), uint32(float64(u32)))
}
