package main

// Keys of an interface type with methods: values and pointers of different dynamic types,
// looked up and deleted through the interface.

type Shape interface{ Area() int }

type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

type Rect struct{ w, h int }

func (r *Rect) Area() int { return r.w * r.h }

func main() {
	m := map[Shape]string{}
	m[Sq{2}] = "sq2"
	r := &Rect{2, 3}
	m[r] = "rect"
	m[Sq{3}] = "sq3"
	println(len(m), m[Sq{2}], m[r], m[&Rect{2, 3}] == "", m[nil] == "")
	total := 0
	for k, v := range m {
		total += k.Area() + len(v)
	}
	println(total)
	var s Shape = Sq{3}
	delete(m, s)
	println(len(m))
}
