package main

// twiceViaGo is implemented in assembly that clobbers R14 (g) and X15 (zero in ABIInternal code)
// before calling double, a Go function, through its ABI0 symbol: whatever sits between must
// re-establish both.
func twiceViaGo(x int) int

// double needs g (it may grow the stack) and a zero X15 (it zeroes an array).
func double(x int) int {
	var a [8]int
	a[x%8] = x
	s := 0
	for _, v := range a {
		s += v
	}
	return s * 2
}

func main() {
	println(twiceViaGo(21))
}
