package main

type Point struct{ X, Y int }

type Rect struct {
	Min, Max Point
	Name     string
}

//go:noinline
func grow(r Rect) Rect {
	r.Max.X++
	r.Max.Y++
	return r
}

func main() {
	r := Rect{Point{0, 0}, Point{2, 3}, "r"}
	r2 := r
	r2.Name = "r2"
	r3 := grow(r)
	println(r.Name, r2.Name, r.Max.X, r3.Max.X, r3.Max.Y)
	println(r == r2, r.Min == r2.Min, r3 != r, Point{1, 2} == Point{1, 2})
	ps := []Point{{1, 2}, {3, 4}}
	p := ps[0]
	p.X = 9
	ps[1].Y = 8
	println(ps[0].X, ps[1].Y, p.X)
	arr := [2]Rect{r, r3}
	arr[0].Min.X = 5
	println(arr[0].Min.X, r.Min.X)
	var zero Rect
	println(zero.Name == "", zero.Max.Y, zero == Rect{})
}
