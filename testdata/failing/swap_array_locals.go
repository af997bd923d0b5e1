// FAILS (both ABIs): prints '3 3', 'q q', '3 3' instead of '3 1', 'q p', '3 1': x, y = y, x where x and y are arrays, structs holding arrays, or array elements (all non-SSA-able, in memory): the second right side is read after the first store. Stage: ssagen (Stmts tuple assignment needs temps for in-memory right sides).
package main

type S struct {
	a [2]int
	n string
}

func main() {
	x, y := [2]int{1, 2}, [2]int{3, 4}
	x, y = y, x
	println(x[0], y[0])
	p, q := S{[2]int{1, 1}, "p"}, S{[2]int{2, 2}, "q"}
	p, q = q, p
	println(p.n, q.n)
	arr := [2][2]int{{1, 2}, {3, 4}}
	arr[0], arr[1] = arr[1], arr[0]
	println(arr[0][0], arr[1][0])
}
