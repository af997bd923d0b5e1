package main

//go:noinline
func eq(a, b complex128) bool { return a == b }

func main() {
	var c64 complex64 = 1.1 + 2.2i
	c128 := complex128(c64)
	println(c64, c128, eq(c128, 1.1+2.2i))
	println(complex64(c128) == c64, real(c128) == float64(real(c64)))
	z := complex(0, 0)
	nz := complex(-0.0*1, 0)
	println(eq(z, nz), eq(z, 0))
	parts := []complex128{1, 1i, -1, -1i}
	p := complex(1, 0)
	for i := 0; i < 4; i++ {
		println(eq(p, parts[i]), p)
		p *= 1i
	}
}
