package main

type P struct{ X, Y int }

func main() {
	a := [2]int{1, 2}
	a = [2]int{a[1], a[0]}
	println(a[0], a[1])
	p := P{1, 2}
	p = P{Y: p.X, X: p.Y}
	println(p.X, p.Y)
	s := []P{{5, 6}}
	s[0] = P{s[0].Y, s[0].X}
	println(s[0].X, s[0].Y)
}
