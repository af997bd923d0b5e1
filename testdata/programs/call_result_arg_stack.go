package main

//go:noinline
func mk(n int) [2]int { return [2]int{n, n} }

//go:noinline
func id(n int) int { return n }

//go:noinline
func use(a [2]int, b int) int { return a[0] + a[1] + b }

func main() {
	println(use(mk(5), id(3)))
}
