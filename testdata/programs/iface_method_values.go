package main

type Acc struct{ total int }

func (a *Acc) Add(n int) int { a.total += n; return a.total }
func (a Acc) Get() int       { return a.total }

type Adder interface {
	Add(n int) int
	Get() int
}

type Outer struct {
	Acc
	label string
}

type Deep struct {
	*Outer
}

func apply(f func(int) int, xs ...int) int {
	r := 0
	for _, x := range xs {
		r = f(x)
	}
	return r
}

func main() {
	a := &Acc{}
	var ad Adder = a
	add := ad.Add
	get := ad.Get
	println(apply(add, 1, 2, 3), get(), a.total)
	ad = &Acc{100}
	println(add(1), ad.Add(1))

	fa := (*Acc).Add
	fg := Acc.Get
	fpg := (*Acc).Get
	println(fa(a, 10), fg(*a), fpg(a))

	o := &Outer{label: "o"}
	o.Add(5)
	println(o.Get(), o.total)
	var ao Adder = o
	ao.Add(7)
	println(ao.Get(), o.Acc.total)
	og := Outer.Get
	oa := (*Outer).Add
	println(oa(o, 1), og(*o))

	d := Deep{o}
	var ad2 Adder = d
	ad2.Add(100)
	println(ad2.Get(), o.total)
	dg := Deep.Get
	println(dg(d))
	ifm := Adder.Get
	println(ifm(ad2))

	var fs []func() int
	for i := 0; i < 3; i++ {
		acc := &Acc{i}
		var x Adder = acc
		fs = append(fs, x.Get)
		acc.total += 10
	}
	for _, f := range fs {
		println(f())
	}
}
