package main

//go:noinline
func many(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p int) int {
	return a - b + c - d + e - f + g - h + i - j + k - l + m - n + o - p
}

//go:noinline
func mixed(a int8, f1 float32, b uint16, f2 float64, s string, c int64, bs []byte, d bool, cx complex128, e uint32) {
	println(a, f1, b, f2, s, c, len(bs), cap(bs), d, cx, e)
}

//go:noinline
func manyf(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p float64) float64 {
	return a + b*2 + c*3 + d*4 + e*5 + f*6 + g*7 + h*8 + i*9 + j*10 + k*11 + l*12 + m*13 + n*14 + o*15 + p*16
}

func main() {
	println(many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16))
	mixed(-1, 1.5, 65535, 2.25, "str", -9, make([]byte, 2, 5), true, 3+4i, 4000000000)
	println(manyf(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1))
}
