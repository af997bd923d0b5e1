package main

// fib is recursive assembly (an ABI0 call to itself); sumFib calls fib, defined in another .s file.
func fib(n int64) int64
func sumFib(n int64) int64

func main() {
	println(fib(10), fib(20), sumFib(10))
}
