package main

import "math"

func main() {
	inf := math.Inf(1)
	nan := math.NaN()
	println(inf, -inf, nan, inf-inf, inf*0)
	println(math.IsNaN(nan), math.IsInf(-inf, -1), math.MaxFloat64, math.SmallestNonzeroFloat64)
	m32 := float32(math.MaxFloat32)
	println(m32, m32*2, math.MaxInt64, math.MinInt64)
	println(math.Float64bits(1.0), math.Float32bits(-2), math.Float64frombits(0x7ff0000000000000))
	println(math.Floor(-1.5), math.Ceil(-1.5), math.Trunc(2.7), math.Abs(-3), math.Copysign(3, -1))
}
