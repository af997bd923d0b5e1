package main

//go:noinline
func c128(a, b complex128) { println(a+b, a-b, a*b, a/b, -a, a == b, a != b) }

//go:noinline
func c64(a, b complex64) { println(a+b, a-b, a*b, a/b, -a, a == b) }

func main() {
	c128(1+2i, 3-4i)
	c128(2i, 2i)
	c128(1, 0)
	c64(1+2i, 3-4i)
	c64(0.5, 0.25i)
	x := complex(1.5, -2)
	println(real(x), imag(x), x)
	var y complex64 = complex(float32(1), float32(2))
	println(real(y), imag(y), complex128(y), complex64(x))
}
