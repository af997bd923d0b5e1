package main

// mix takes arguments of mixed widths and kinds, so each is aligned on its own size, and
// returns an integer and a float result.
func mix(a int8, b float64, c int16, d float32, e int64) (int64, float64)

func main() {
	i, f := mix(-3, 2.5, 1000, 0.5, 1<<40)
	println(i, f)
}
