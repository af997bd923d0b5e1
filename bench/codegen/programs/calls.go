// Call-heavy: recursion and calls with many arguments and results, where the calling
// convention is most of the work.
package main

//go:noinline
func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

//go:noinline
func mix(a, b, c, d, e, f, g, h int, x, y float64) (int, int, float64) {
	return a + c + e + g, b ^ d ^ f ^ h, x*0.5 + y
}

//go:noinline
func pair(s string, n int) (string, int) {
	return s[n%len(s):], n + len(s)
}

func main() {
	println(fib(32))
	s, t, u := 0, 0, 0.0
	for i := 0; i < 30000000; i++ {
		a, b, c := mix(i, i+1, i+2, i+3, i+4, i+5, i+6, i+7, float64(i), u)
		s += a
		t ^= b
		u = c
	}
	println(s, t, u)
	str, n := "calling convention", 0
	for i := 0; i < 20000000; i++ {
		var rest string
		rest, n = pair(str, n)
		n += len(rest)
	}
	println(n)
}
