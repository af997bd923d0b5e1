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

func main() {
	println(mk(1) == mk(1), mk(1) == mk(2))
	println(arr(2) == arr(2), arr(2) != arr(3))
	println(arr(5)[1], len(mk(6).s))
	b := pass(mk(7))
	println(b.a[0], b.s)
}
