package main

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func swap(a, b string) (string, string) { return b, a }

func minmax(xs ...int) (min, max int) {
	if len(xs) == 0 {
		return
	}
	min, max = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < min {
			min = x
		}
		if x > max {
			max = x
		}
	}
	return min, max
}

func named() (x int, s string, f float64, b bool) {
	x = 7
	s = "seven"
	return x * 2, s + "!", 1.5, !b
}

func pass() (int, int) { return divmod(17, 5) }

func main() {
	println(divmod(17, 5))
	a, b := swap("x", "y")
	println(a, b)
	println(minmax(3, -2, 9, 4))
	println(minmax())
	println(named())
	q, _ := pass()
	_, r := pass()
	println(q, r)
	a, b = b, a
	println(a, b)
}
