package main

type E struct{}

func (E) Name() string { return "E" }

func main() {
	var e E
	es := make([]E, 5)
	es = append(es, E{})
	println(len(es), cap(es) >= 6, e == E{}, e.Name())
	var z [0]int
	println(len(z), len(z[:]))
	var ptrs [3]*int
	println(ptrs[0] == nil)
	type S struct {
		a [0]int
		b int
	}
	s := S{b: 4}
	println(s.b, len(s.a))
}
