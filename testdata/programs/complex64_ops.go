package main

//go:noinline
func mul(a, b complex64) complex64 { return a * b }

func main() {
	var c complex64 = 1 + 1i
	for i := 0; i < 8; i++ {
		c = mul(c, 1+1i)
		println(c)
	}
	var d complex64 = complex(float32(3e38), 0)
	println(d*2, real(d)*2)
	e := complex64(1.0000001 + 0i)
	println(e == 1, real(e))
}
