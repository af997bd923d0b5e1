package main

type Inner struct {
	A int8
	B float64
	S string
}

type Outer struct {
	I   Inner
	Arr [3]uint16
	C   complex64
	_   int
	Ok  bool
}

//go:noinline
func eq(a, b Outer) bool { return a == b }

func main() {
	a := Outer{I: Inner{1, 2.5, "x"}, Arr: [3]uint16{1, 2, 3}, C: 1i, Ok: true}
	b := a
	println(eq(a, b))
	b.I.S = "y"
	println(eq(a, b))
	b = a
	b.Arr[2] = 4
	println(eq(a, b))
	b = a
	b.C = 1
	println(eq(a, b))
	b = a
	var z float64
	a.I.B = z / z
	b.I.B = a.I.B
	println(eq(a, b), eq(b, b))
}
