package main

type T struct {
	a, b int
	p    *int
}

//go:noinline
func swap(x, y *int) { *x, *y = *y, *x }

func main() {
	a, b := 1, 2
	swap(&a, &b)
	println(a, b)
	swap(&a, &a)
	println(a)
	t := T{a: 5, b: 6}
	t.p = &t.a
	*t.p = 50
	println(t.a)
	u := t
	*u.p = 500
	println(t.a, u.a)
	s := []int{1, 2, 3}
	p := &s[1]
	s = append(s, 4)
	*p = 20
	println(s[1], *p)
	var pp **T
	tp := &t
	pp = &tp
	(*pp).b = 66
	println(t.b)
}
