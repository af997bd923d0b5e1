package main

// conj conjugates a complex128; parts splits a complex64.
func conj(c complex128) complex128
func parts(c complex64) (re, im float32)

func main() {
	println(conj(complex(1.5, -2)))
	re, im := parts(complex64(complex(3, 4)))
	println(re, im)
}
