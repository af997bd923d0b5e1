package main

//go:noinline
func id(x int) int { return x }

//go:noinline
func keep(a, b, c, d, e, f, g, h, i, j, k, l int) int {
	x := id(a) + id(b) + id(c) + id(d)
	y := id(e) * id(f) * id(g) * id(h)
	z := id(i) - id(j) - id(k) - id(l)
	return x + y + z + a + l
}

//go:noinline
func floats(a, b, c, d float64) float64 {
	t := float64(id(1))
	return a*t + b*float64(id(2)) + c*float64(id(3)) + d
}

func main() {
	println(keep(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12))
	println(floats(1.5, 2.5, 3.5, 4.5))
	s := 0
	for i := 0; i < 100; i++ {
		s += id(i) * id(i+1)
	}
	println(s)
}
