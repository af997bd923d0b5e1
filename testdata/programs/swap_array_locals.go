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
