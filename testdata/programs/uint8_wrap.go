package main

//go:noinline
func sub(a, b uint8) uint8 { return a - b }

func main() {
	var x uint8 = 255
	x++
	println(x)
	x--
	println(x, sub(0, 1), sub(3, 10), x*x, x+x)
	var n int
	for b := uint8(250); b != 4; b++ {
		n++
	}
	println(n, ^uint8(0), uint8(1)<<7)
}
