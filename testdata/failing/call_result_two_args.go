// FAILS: use(arr(1), arr(2)) prints 202 (-abi=register) / 204 (-abi=stack) instead of 102: the first [3]int call result, an argument of the next call, is overwritten by the second call before use is called. Stage: ssagen/ExpandCalls (gc's order pass copies call results that are arguments to temps).
package main

//go:noinline
func arr(n int) [3]int { return [3]int{n, 2 * n, 3 * n} }

//go:noinline
func use(a, b [3]int) int { return a[0]*100 + b[0] }

func main() {
	println(use(arr(1), arr(2)))
}
