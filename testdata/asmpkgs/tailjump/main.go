package main

// abs jumps (a tail call) to absImpl, another assembly function; double tail-jumps into the
// Go function twice.
func abs(x int64) int64
func absImpl(x int64) int64
func double(x int64) int64

func twice(x int64) int64 { return 2 * x }

func main() {
	println(abs(-5), abs(7), absImpl(-1))
	println(double(21))
}
