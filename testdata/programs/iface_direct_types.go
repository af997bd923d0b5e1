package main

type Handler interface{ Handle(x int) int }

type HandlerFunc func(int) int

func (f HandlerFunc) Handle(x int) int { return f(x) }

type IntPtr *int

type Cell struct{ v int }

type CellPtr = *Cell

func (c *Cell) Handle(x int) int { c.v += x; return c.v }

type Chan chan int

func (c Chan) Handle(x int) int {
	if c == nil {
		return x + 100
	}
	return x
}

type Mapper interface {
	Map(f func(int) int) []int
}

type Ints []int

func (s Ints) Map(f func(int) int) []int {
	out := make([]int, len(s))
	for i, v := range s {
		out[i] = f(v)
	}
	return out
}

func main() {
	double := HandlerFunc(func(x int) int { return x * 2 })
	var h Handler = double
	println(h.Handle(21))
	hs := []Handler{double, &Cell{1}, Chan(nil), HandlerFunc(func(x int) int { return -x })}
	acc := 1
	for _, hh := range hs {
		acc = hh.Handle(acc)
		println(acc)
	}
	c := &Cell{}
	var hc Handler = c
	hc.Handle(5)
	hc.Handle(6)
	println(c.v)
	var cp CellPtr = c
	println(cp.Handle(1))
	var m Mapper = Ints{1, 2, 3}
	r := m.Map(func(x int) int { return x * x })
	println(len(r), r[0], r[1], r[2])
	hf, ok := h.(HandlerFunc)
	println(ok, hf(4))
	_, ok = h.(*Cell)
	println(ok)
	mm := m.(Ints)
	println(len(mm))
}
