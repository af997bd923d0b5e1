package main

// add32 adds float32s; widen converts a float32 to float64; narrow the reverse.
func add32(a, b float32) float32
func widen(a float32) float64
func narrow(a float64) float32

func main() {
	println(add32(1.25, 2.5), add32(1e30, 1e30))
	println(widen(0.1), narrow(0.1))
}
