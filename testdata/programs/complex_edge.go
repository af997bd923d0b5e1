package main

//go:noinline
func div(a, b complex128) complex128 { return a / b }

//go:noinline
func div64(a, b complex64) complex64 { return a / b }

func main() {
	println(div(1, 0), div(0, 0), div(1+1i, 0))
	println(div(1e300+1e300i, 1e-300+1e-300i))
	println(div64(1+2i, 3+4i), div64(1, 0))
	var z float64
	c := complex(z/z, 1)
	println(c == c, real(c) != real(c))
	println(complex(1, 2)*complex(3, 4), complex64(complex(1, 2))*complex64(complex(3, 4)))
}
