package main

type Big struct {
	a [3]int
	s string
}

//go:noinline
func mk(n int) Big { return Big{[3]int{n, n + 1, n + 2}, "b"} }

//go:noinline
func arr(n int) [3]int { return [3]int{n, 2 * n, 3 * n} }

//go:noinline
func pass(b Big) Big { return b }

//go:noinline
func two(n int) ([3]int, [3]int) { return arr(n), arr(n + 1) }

func main() {
	x, y := two(3)
	println(x[0], y[0])
	var m [2][3]int
	m[0], m[1] = arr(1), arr(2)
	println(m[0][2], m[1][2])
}
