package main

type Mix struct {
	A float32
	B int8
	C float64
	D uint16
	E string
}

type Pt struct{ X, Y float64 }

//go:noinline
func mk(i int) Mix {
	return Mix{float32(i) / 2, int8(-i), float64(i) * 1.25, uint16(i * 1000), "m"}
}

//go:noinline
func add(p, q Pt) Pt { return Pt{p.X + q.X, p.Y + q.Y} }

//go:noinline
func id(m Mix) Mix { return m }

func main() {
	m := mk(3)
	println(m.A, m.B, m.C, m.D, m.E)
	n := id(id(mk(70)))
	println(n.A, n.B, n.C, n.D, n.E)
	p := add(add(Pt{1, 2}, Pt{3, 4}), add(Pt{0.5, 0.5}, Pt{-1, -1}))
	println(p.X, p.Y)
	println(mk(1) == mk(1), mk(1) == mk(2), add(Pt{1, 1}, Pt{}) == Pt{1, 1})
}
