package main

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func swap(a, b string) (string, string) { return b, a }

func many(a, b, c, d, e, f, g, h, i, j, k int, x, y float64, s string) (int, float64, string, bool) {
	return a + b + c + d + e + f + g + h + i + j + k, x * y, s + "!", a < k
}

func main() {
	q, r := divmod(47, 5)
	println(q, r)
	a, b := swap("left", "right")
	println(a, b)
	n, f, s, ok := many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 1.5, 4, "hi")
	println(n, f, s, ok)
}
