// A struct whose only non-empty field is a float32 travels in a register even when another field
// is an array of length 0 of a large array ([0][4]float32 has no parts): results of a closure
// call stored to memory, a phi of it, arguments of it.
package main

type S struct {
	f0 [0][4]float32
	f1 float32
}

type IO struct {
	r S
	a [0][3]int
	s S
}

//go:noinline
func g(x S, y [0][3]int) (S, [0][3]int) { return S{f1: x.f1 + 1}, y }

func f(io *IO, h func(S, [0][3]int) (S, [0][3]int)) {
	io.r, io.a = h(io.s, io.a)
	var x S
	if io.r.f1 > 2 {
		x = io.r
	} else {
		x = io.s
	}
	io.s = x
}

func main() {
	var io IO
	io.s.f1 = 1.5
	f(&io, g)
	println(io.r.f1, io.s.f1, len(io.a))
	f(&io, g)
	println(io.r.f1, io.s.f1, len(io.a))
}
