package main

//go:noinline
func d8(a, b int8) (int8, int8) { return a / b, a % b }

//go:noinline
func d16(a, b int16) (int16, int16) { return a / b, a % b }

//go:noinline
func d32(a, b int32) (int32, int32) { return a / b, a % b }

//go:noinline
func d64(a, b int64) (int64, int64) { return a / b, a % b }

//go:noinline
func dint(a, b int) (int, int) { return a / b, a % b }

func main() {
	println(d8(-128, -1))
	println(d16(-32768, -1))
	println(d32(-2147483648, -1))
	println(d64(-9223372036854775808, -1))
	println(dint(-9223372036854775808, -1))
	println(d8(-128, 3))
	println(d8(127, -3))
	println(d32(-7, 3))
	println(d32(7, -3))
	println(d32(-7, -3))
}
