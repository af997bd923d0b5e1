// FAILS (both ABIs): prints 4216240 instead of 5: append(s, mk(5)) with mk returning [2]int (not SSA-able) stores the result after the growslice call, which reuses the outgoing result area. Stage: ssagen/ExpandCalls.
package main

//go:noinline
func mk(n int) [2]int { return [2]int{n, n} }

func main() {
	var bs [][2]int
	bs = append(bs, mk(5))
	println(bs[0][0])
}
