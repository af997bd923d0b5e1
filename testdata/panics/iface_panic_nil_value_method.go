package main

type I interface{ M() int }
type T struct{ n int }

func (t T) M() int { return t.n }

//go:noinline
func get() I {
	var p *T
	return p
}

func main() {
	i := get()
	println(i != nil)
	println(i.M())
}
