package main

type Mat [3][3]float64

func mul(a, b Mat) Mat {
	var c Mat
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func main() {
	a := Mat{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	id := Mat{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}
	println(mul(a, id) == a)
	c := mul(a, a)
	for _, row := range c {
		println(row[0], row[1], row[2])
	}
	m := make([][]int, 4)
	for i := range m {
		m[i] = make([]int, 4)
		for j := range m[i] {
			m[i][j] = i * j
		}
	}
	t := 0
	for _, r := range m {
		for _, v := range r {
			t += v
		}
	}
	println(t)
}
