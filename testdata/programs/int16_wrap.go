package main

//go:noinline
func f(a, b int16) (int16, int16, int16) { return a + b, a - b, a * b }

func main() {
	println(f(32767, 1))
	println(f(-32768, 1))
	println(f(300, 300))
	var u uint16 = 65535
	u += 2
	println(u, u-3, u*u)
	var s int16 = -32768
	println(s/-1, s%-1, -s)
}
