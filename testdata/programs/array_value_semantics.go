package main

type A [5]int

//go:noinline
func modify(a A) A {
	a[0] = 100
	return a
}

//go:noinline
func modifyPtr(a *A) { a[1] = 200 }

func main() {
	var a A
	for i := range a {
		a[i] = i * i
	}
	b := a
	b[2] = -1
	c := modify(a)
	modifyPtr(&a)
	println(a[0], a[1], a[2], b[2], c[0], len(a))
	println(a == b, a == A{0, 200, 4, 9, 16}, b != c)
	var grid [3][4]int8
	for i := 0; i < 3; i++ {
		for j := 0; j < 4; j++ {
			grid[i][j] = int8(i*10 + j)
		}
	}
	row := grid[1]
	row[0] = 99
	println(grid[1][0], row[0], grid[2][3], len(grid[0]))
	for i, v := range [...]string{"x", "y", "z"} {
		println(i, v)
	}
}
