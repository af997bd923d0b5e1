package main

//go:noinline
func add3(a int8, b int16, c int32) int64 { return int64(a) + int64(b) + int64(c) }

//go:noinline
func mix(a float32, b int, c float64, d uint8, e string) (float64, string) {
	return float64(a) + float64(b) + c + float64(d), e + e
}

//go:noinline
func rec(n int) int {
	if n <= 1 {
		return 1
	}
	return n * rec(n-1)
}

//go:noinline
func arr(a [3]int) [3]int {
	a[0], a[2] = a[2], a[0]
	return a
}

func main() {
	println(add3(-1, -2, -3), add3(127, 32767, 2147483647))
	println(mix(0.5, 2, 0.25, 255, "ab"))
	println(rec(10), rec(20))
	r := arr([3]int{1, 2, 3})
	println(r[0], r[1], r[2])
}
