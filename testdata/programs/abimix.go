package main

type V struct {
	x, y float64
	n    int32
	tag  string
}

//go:noinline
func scale(v V, k float64, extra [3]int) (V, [2]int) {
	return V{v.x * k, v.y * k, v.n + int32(extra[0]), v.tag + "'"}, [2]int{extra[1], extra[2]}
}

//go:noinline
func floats(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q float64) (float64, float64) {
	return a + b + c + d + e + f + g + h, i + j + k + l + m + n + o + p + q
}

//go:noinline
func mixed(a int8, b float32, c uint16, d float64, e bool, f int64, g complex128) (float64, bool) {
	return float64(a) + float64(b) + float64(c) + d + float64(f) + real(g) + imag(g), !e
}

func main() {
	v, arr := scale(V{1.5, -2, 7, "v"}, 2, [3]int{10, 20, 30})
	println(v.x, v.y, v.n, v.tag, arr[0], arr[1])
	s, t := floats(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17)
	println(s, t)
	r, ok := mixed(-3, 0.5, 65535, 0.25, false, -100, complex(1, 2))
	println(r, ok)
}
