// FAILS (both ABIs): depth 100000 (~14 MB of stack) dies with 'fatal error: stack overflow' (goroutine stack exceeds 1000000000-byte limit, sp just below the 8 MB main stack): the main goroutine's stack cannot grow (runtime/stack setup; same cause as GOROOT/test/peano.go). gc prints 100000.
package main

//go:noinline
func depth(n int) int {
	var pad [16]int
	pad[n%16] = n
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1 + pad[0]*0
}

func main() {
	println(depth(100))
	println(depth(10000))
	println(depth(100000))
}
