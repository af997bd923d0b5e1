package main

func mean(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func mix(a int, b float64, c int32, d float32, e uint8) float64 {
	return float64(a) + b*float64(c) - float64(d) + float64(e)
}

func main() {
	println(mean([]float64{1, 2, 3, 4.5}))
	println(mix(1, 2.5, 3, 0.25, 200))
	var f32 float32 = 1.0 / 3
	println(f32, float64(f32))
	x := 1e300
	y, z := 3.99, -2.5
	println(x*1e10, -x*1e10, int64(y), int(z))
	u, i8, m := uint8(250), int8(-128), -1
	println(u+10, i8/int8(m), m*7/2, m*7%2, 7>>1, m*7>>1)
}
