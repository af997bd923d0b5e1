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
