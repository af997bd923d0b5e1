package main

// &[]T{...} is a pointer to a new slice header; elided &[]T in element literals too.

type T struct{ n int }

func main() {
	a := &[]int{12, 13}
	println((*a)[0], (*a)[1], len(*a))
	b := []*[]int{{1, 2, 3}, {4}}
	println(len(*b[0]), (*b[1])[0])
	c := &[2][]T{{{1}}, {{2}, {3}}}
	println(c[1][1].n)
}
