package main

type Big struct{ a [3]int }

//go:noinline
func arr(n int) [3]int { return [3]int{n, 2 * n, 3 * n} }

func (b Big) Sum() int { return b.a[0] + b.a[1] + b.a[2] }

var g [3]int

func main() {
	for i, v := range arr(3) {
		println(i, v)
	}
	g = arr(4)
	println(g[2])
	f := Big{arr(5)}.Sum
	println(f())
	h := func() [3]int { return arr(6) }
	println(h()[1])
	x := arr(7)
	x = arr(x[0] + 1)
	println(x[0])
	p := &[3]int{}
	*p = arr(9)
	println(p[2])
}
