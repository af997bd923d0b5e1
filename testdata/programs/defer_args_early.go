// The function value and the arguments of a deferred call are evaluated at the defer statement.
package main

type point struct{ x, y int }

func show(label string, p point, xs []int, f float64) {
	println(label, p.x, p.y, len(xs), xs[0], f)
}

func counter() func(int) {
	n := 0
	return func(d int) {
		n += d
		println("counter", n)
	}
}

func main() {
	p := point{1, 2}
	xs := []int{10, 20}
	f := 1.5
	defer show("later", p, xs, f)
	p.x = 100
	xs[0] = 99 // the slice shares its array: the deferred call sees this
	xs = nil
	f = 2.5

	c := counter()
	defer c(5)
	c = func(int) { println("not this one") }

	i := 1
	defer println("println args", i, i*10, "s")
	i = 2
	g := func(a, b int) { println("closure args", a, b) }
	defer g(i, i+1)
	i = 3
	println("main returns", i)
}
