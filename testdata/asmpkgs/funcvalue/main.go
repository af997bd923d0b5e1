package main

// add and mul are assembly; Go takes them as func values (their ABIInternal wrappers).
func add(a, b int) int
func mul(a, b int) int

func fold(f func(int, int) int, init int, xs ...int) int {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

var ops = []func(int, int) int{add, mul}

func main() {
	println(fold(add, 0, 1, 2, 3, 4), fold(mul, 1, 1, 2, 3, 4))
	println(ops[0](20, 22), ops[1](6, 7))
	f := add
	println(f(1, 1), f != nil)
}
