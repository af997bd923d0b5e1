package main

//go:noinline
func cmp(a, b float64) { println(a < b, a <= b, a > b, a >= b, a == b, a != b) }

//go:noinline
func cmp32(a, b float32) { println(a < b, a <= b, a > b, a >= b, a == b, a != b) }

func main() {
	var z float64
	nan := z / z
	cmp(1, 2)
	cmp(2, 1)
	cmp(2, 2)
	cmp(nan, 1)
	cmp(nan, nan)
	cmp(-z, z)
	cmp32(1, 2)
	cmp32(float32(nan), 0)
	if nan != nan {
		println("nan != nan")
	}
	if !(nan < 1) && !(nan >= 1) {
		println("unordered")
	}
}
