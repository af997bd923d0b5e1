package main

type Small struct {
	A int32
	B int32
}

type Mixed struct {
	F float64
	I int
	S string
}

type Big struct {
	Arr [10]int
	M   Mixed
}

//go:noinline
func swapSmall(s Small) Small { return Small{s.B, s.A} }

//go:noinline
func updMixed(m Mixed, suffix string) (Mixed, int) {
	m.S += suffix
	m.F *= 2
	return m, len(m.S)
}

//go:noinline
func sumBig(b Big) (t int) {
	for _, v := range b.Arr {
		t += v
	}
	return t + b.M.I
}

func main() {
	s := swapSmall(Small{1, -2})
	println(s.A, s.B)
	m, n := updMixed(Mixed{1.5, 3, "ab"}, "cd")
	println(m.F, m.I, m.S, n)
	var b Big
	for i := range b.Arr {
		b.Arr[i] = i
	}
	b.M.I = 100
	println(sumBig(b))
}
