package main

// sumSquares keeps values in a local frame ($24) and uses the pseudo-SP (x-8(SP)); spill
// uses hardware-SP offsets under a NOSPLIT frame; deep uses a frame larger than 4096 bytes, so
// its prologue checks the stack with the big-frame sequence.
func sumSquares(a, b, c int64) int64
func spill(a, b int64) int64
func deep(n int64) int64

func main() {
	println(sumSquares(1, 2, 3), spill(20, 22), deep(1000))
}
