package main

// add is implemented in add_amd64.s (ABI0): Go code calls it directly with stack arguments.
func add(a, b int) int

// sub3 is too, with two results.
func sub3(a, b, c int) (int, int)

func main() {
	println(add(1, 2))
	x, y := sub3(10, 3, 4)
	println(x, y)
}
