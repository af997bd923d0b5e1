package main

type P struct{ X, Y int }

func show(vs ...interface{}) {
	for _, v := range vs {
		println(v == nil)
	}
}

func main() {
	var e interface{}
	println(e == nil)
	e = 5
	println(e != nil)
	show(nil, 1, "s", P{1, 2}, 2.5, []int{1})
	var p *P
	e = p
	println(e != nil)
}
