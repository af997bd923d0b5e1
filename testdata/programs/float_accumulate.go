package main

func sqrt(x float64) float64 {
	z := x / 2
	for i := 0; i < 20; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z
}

func main() {
	for _, x := range []float64{2, 9, 1e10, 0.25} {
		println(x, sqrt(x))
	}
	pi := 0.0
	sign := 1.0
	for k := 0; k < 1000; k++ {
		pi += sign * 4 / float64(2*k+1)
		sign = -sign
	}
	println(pi)
	var h float32
	for i := 1; i <= 100; i++ {
		h += 1 / float32(i)
	}
	println(h)
}
