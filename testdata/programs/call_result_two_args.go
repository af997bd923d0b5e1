package main

//go:noinline
func arr(n int) [3]int { return [3]int{n, 2 * n, 3 * n} }

//go:noinline
func use(a, b [3]int) int { return a[0]*100 + b[0] }

func main() {
	println(use(arr(1), arr(2)))
}
