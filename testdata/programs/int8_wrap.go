package main

//go:noinline
func add8(a, b int8) int8 { return a + b }

//go:noinline
func mul8(a, b int8) int8 { return a * b }

func main() {
	var x int8 = 127
	x++
	println(x)
	x--
	println(x)
	println(add8(100, 100), add8(-100, -100), mul8(16, 16), mul8(-128, -1))
	var y int8 = -128
	println(-y, y-1, ^y)
	for i := int8(120); i > 0; i += 3 {
		println(i)
	}
}
