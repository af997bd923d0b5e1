package main

// mulAdd computes a*b+c; sqrt takes a square root; half halves with a constant.
func mulAdd(a, b, c float64) float64
func sqrt(x float64) float64
func half(x float64) float64

func main() {
	println(mulAdd(1.5, 2, 0.25), mulAdd(-1, 3, 1e10))
	println(sqrt(2), sqrt(144))
	println(half(3), half(-0.5))
}
