package main

// twiceViaGo is implemented in assembly; it calls double, a Go function, through its ABI0 symbol.
func twiceViaGo(x int) int

func double(x int) int { return x * 2 }

func main() {
	println(twiceViaGo(21))
}
