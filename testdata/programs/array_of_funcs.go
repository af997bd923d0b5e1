package main

func add(a, b int) int { return a + b }
func sub(a, b int) int { return a - b }
func mul(a, b int) int { return a * b }

var ops = [...]func(int, int) int{add, sub, mul}

type op struct {
	name string
	f    func(int, int) int
}

func main() {
	for i, f := range ops {
		println(i, f(7, 3))
	}
	table := []op{{"add", add}, {"mul", mul}, {"lit", func(a, b int) int { return a<<4 | b }}}
	for _, o := range table {
		println(o.name, o.f(2, 5))
	}
	var nf func()
	println(nf == nil, ops[0] != nil)
}
