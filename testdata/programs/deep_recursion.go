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
