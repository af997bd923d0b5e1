package main

func main() {
	base := make([]int, 5, 8)
	for i := range base {
		base[i] = i
	}
	a := base[1:3]
	b := base[2:5]
	a[1] = 100
	println(base[2], b[0])
	a = append(a, 200)
	println(base[3], b[1], len(a), cap(a))
	c := append(base, 5, 6, 7)
	c[0] = -1
	println(base[0], len(c), cap(c))
	d := append(c, 8)
	d[0] = -2
	println(c[0], d[0], len(d))
	e := base[:]
	e = e[2:cap(e)]
	println(len(e), cap(e), e[0])
}
