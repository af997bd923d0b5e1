package main

func sum(prefix string, xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	println(prefix, len(xs), t)
	return t
}

type T struct {
	name string
	n    int
}

func (t *T) inc(d int) { t.n += d }

type U struct {
	T
	extra bool
}

func main() {
	sum("none")
	sum("three", 1, 2, 3)
	xs := []int{4, 5, 6, 7}
	sum("spread", xs...)
	u := U{T{"u", 1}, true}
	u.inc(41)
	f := u.inc
	f(100)
	println(u.name, u.n, u.extra)
	var grid [3][4]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 4; j++ {
			grid[i][j] = i * j
		}
	}
	g2 := grid
	g2[2][3] = -1
	println(grid[2][3], g2[2][3])
	p := &grid[1]
	p[2] = 99
	println(grid[1][2])
}
