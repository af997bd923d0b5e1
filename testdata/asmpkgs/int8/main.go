package main

// add8 adds two int8 with wrap-around; neg8 negates.
func add8(a, b int8) int8
func neg8(a int8) int8

func main() {
	println(add8(100, 27), add8(100, 28), add8(-128, -1))
	println(neg8(5), neg8(-128))
}
