package main

type I interface{ M() int }
type J interface {
	M() int
	N() string
}

type T struct{ a, b int }

func (t T) M() int { return t.a + t.b }

type U struct{ s string }

func (u *U) M() int    { return len(u.s) }
func (u *U) N() string { return u.s }

type Big struct {
	x [4]int
	s string
}

func main() {
	var e any = T{1, 2}
	t := e.(T)
	println(t.a, t.b)
	t2, ok := e.(T)
	println(t2.a, ok)
	u, ok := e.(*U)
	println(u == nil, ok)
	s, ok := e.(string)
	println(s == "", len(s), ok)
	i, ok := e.(I)
	println(ok, i.M())
	j, ok := e.(J)
	println(ok, j == nil)

	e = &U{"four"}
	j, ok = e.(J)
	println(ok, j.M(), j.N())
	i = e.(I)
	println(i.M())
	var i2 I = j
	j2, ok := i2.(J)
	println(ok, j2.N())
	pu := i2.(*U)
	println(pu.s)
	_, ok = i2.(T)
	println(ok)

	var b any = Big{[4]int{1, 2, 3, 4}, "big"}
	bb, ok := b.(Big)
	println(ok, bb.x[3], bb.s)
	b = 7
	bb, ok = b.(Big)
	println(ok, bb.x[0], bb.s == "")
	n, ok := b.(int)
	println(n, ok)
	f, ok := b.(float64)
	println(f, ok)

	var nilI I
	_, ok = nilI.(T)
	println(ok)
	_, ok = nilI.(J)
	println(ok)
	var ne any
	_, ok = ne.(any)
	println(ok)
	x, ok := any(3).(any)
	println(x.(int), ok)

	var vals []any
	vals = append(vals, 1, "two", 3.0, T{4, 5}, &U{"six"}, nil, true)
	count := 0
	for _, v := range vals {
		if m, ok := v.(I); ok {
			count += m.M()
		}
	}
	println(count)
}
