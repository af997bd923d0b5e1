package main

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

type Holder struct {
	c   Counter
	arr [2]Counter
	p   *Counter
}

func main() {
	var h Holder
	h.c.Inc()
	h.arr[1].Inc()
	h.arr[1].Inc()
	h.p = &h.c
	h.p.Inc()
	hs := []Holder{h, {}}
	hs[1].c.Inc()
	hs[0].arr[0].Inc()
	println(h.c.n, h.arr[1].n, hs[0].c.n, hs[1].c.n, hs[0].arr[0].n, h.arr[0].n)
	ph := &hs[0]
	ph.c.Inc()
	println(hs[0].c.n)
}
