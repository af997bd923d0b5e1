package main

type Acc struct{ total int }

func (a *Acc) Add(n int) int { a.total += n; return a.total }
func (a Acc) Show() int      { return a.total }

func apply(f func(int) int, xs ...int) int {
	r := 0
	for _, x := range xs {
		r = f(x)
	}
	return r
}

func main() {
	a := &Acc{}
	add := a.Add
	println(apply(add, 1, 2, 3))
	show := a.Show
	a.Add(10)
	println(show(), a.Show())
	f := (*Acc).Add
	println(f(a, 100))
	g := Acc.Show
	println(g(*a))
}
