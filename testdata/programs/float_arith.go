package main

//go:noinline
func f64(a, b float64) { println(a+b, a-b, a*b, a/b, -a) }

//go:noinline
func f32(a, b float32) { println(a+b, a-b, a*b, a/b, -a) }

func main() {
	f64(1.5, 0.25)
	f64(1e308, 1e308)
	f64(1, 3)
	f64(0, 0)
	f32(1.5, 0.25)
	f32(3e38, 3e38)
	f32(1, 3)
	var z float64
	println(1/z, -1/z, z/z == z/z, z == -z)
}
