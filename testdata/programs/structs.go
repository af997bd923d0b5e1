package main

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Name     string
}

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

func (r *Rect) Grow(d int) {
	r.Min.X -= d
	r.Min.Y -= d
	r.Max.X += d
	r.Max.Y += d
}

func (r Rect) Area() int { return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y) }

func main() {
	p := Point{1, 2}.Add(Point{10, 20})
	println(p.X, p.Y)
	r := &Rect{Point{0, 0}, Point{3, 4}, "box"}
	println(r.Name, r.Area())
	r.Grow(1)
	println(r.Min.X, r.Max.Y, r.Area())
	pts := []Point{{1, 1}, {2, 3}}
	pts[1] = pts[1].Add(pts[0])
	println(pts[1].X, pts[1].Y)
}
