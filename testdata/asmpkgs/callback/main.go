package main

// applyTwice is assembly that calls the Go function step twice (through step's ABI0 wrapper).
func applyTwice(x int) int

var calls int

func step(x int) int {
	calls++
	return x*3 + 1
}

func main() {
	println(applyTwice(1), applyTwice(-2), calls)
}
