package main

type Op interface {
	Apply(x int) int
}

type Add struct{ n int }
type Mul struct{ n int }
type Chain struct{ ops []Op }

func (a Add) Apply(x int) int  { return x + a.n }
func (m *Mul) Apply(x int) int { return x * m.n }
func (c Chain) Apply(x int) int {
	for _, o := range c.ops {
		x = o.Apply(x)
	}
	return x
}

type Node struct {
	op   Op
	next *Node
	meta any
}

type Holder struct {
	items [3]Op
	count int
}

func build(n int) *Node {
	var head *Node
	for i := 1; i <= n; i++ {
		var op Op
		if i%2 == 0 {
			op = Add{i}
		} else {
			op = &Mul{i}
		}
		head = &Node{op: op, next: head, meta: i}
	}
	return head
}

func main() {
	ops := []Op{Add{1}, &Mul{3}, Chain{[]Op{Add{2}, &Mul{2}}}}
	x := 1
	for _, o := range ops {
		x = o.Apply(x)
	}
	println(x)
	ops = append(ops, Add{100})
	println(len(ops), ops[3].Apply(0))
	c := Chain{ops}
	var top Op = c
	println(top.Apply(1))

	v := 1
	for n := build(5); n != nil; n = n.next {
		v = n.op.Apply(v)
		println(n.meta.(int), v)
	}

	var h Holder
	h.items[0] = Add{5}
	h.items[2] = &Mul{7}
	h2 := h
	h2.items[1] = Add{1}
	for i := 0; i < 3; i++ {
		println(i, h.items[i] == nil, h2.items[i] == nil)
	}
	println(h2.items[0].Apply(1), h2.items[2].Apply(2))

	m := map2()
	println(len(m), m[0].Apply(10), m[1].Apply(10))

	var grid [2][2]any
	grid[0][1] = "s"
	grid[1][0] = 4.5
	println(grid[0][0] == nil, grid[0][1].(string), grid[1][0].(float64))

	copyOps := make([]Op, 2)
	copy(copyOps, ops)
	println(copyOps[0].Apply(1), copyOps[1].Apply(2))
}

func map2() []Op {
	res := make([]Op, 0, 1)
	res = append(res, Add{-1}, &Mul{-1})
	return res
}
