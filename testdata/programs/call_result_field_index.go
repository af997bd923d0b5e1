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
	println(mk(4).a[2])
	println(pass(pass(mk(9))).a[1])
}
