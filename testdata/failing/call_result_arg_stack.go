// FAILS (-abi=stack only; register is fine): prints 11 instead of 13: mk(5)'s [2]int result stays in the outgoing area and id(3)'s call overwrites it before use() is called. Stage: ssagen/ExpandCalls (gc's order pass copies such results to temps).
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
