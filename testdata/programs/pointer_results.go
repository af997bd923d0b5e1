package main

type C struct{ n int }

func (c *C) Inc() *C { c.n++; return c }

var store [3]C

//go:noinline
func get(i int) *C { return &store[i] }

func main() {
	get(0).Inc().Inc()
	get(2).Inc()
	println(store[0].n, store[1].n, store[2].n)
	p := get(1)
	*p = C{10}
	get(1).n *= 3
	println(store[1].n, p == get(1), get(0) != get(1))
}
