package main

//go:noinline
func eq(x bool, e interface{}) bool { return x == e }

func main() {
	println(eq(true, true), eq(true, 1))
}
