// FAILS (both ABIs): prints '3 3' instead of '3 1': swapping two [2]int elements (xs[0], xs[1] = xs[1], xs[0]) reads xs[0] after xs[0] was stored; struct{a, b int} elements swap correctly. A non-SSA-able right side of a tuple assignment is not copied to a temp before the stores. Stage: ssagen (Stmts tuple assignment) or the Load/Move lowering.
package main

func main() {
	xs := [][2]int{{1, 2}, {3, 4}}
	xs[0], xs[1] = xs[1], xs[0]
	println(xs[0][0], xs[1][0])
	type S struct{ a, b int }
	ys := []S{{1, 2}, {3, 4}}
	ys[0], ys[1] = ys[1], ys[0]
	println(ys[0].a, ys[1].a)
}
