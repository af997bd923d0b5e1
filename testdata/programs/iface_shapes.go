package main

type Shape interface {
	Area() float64
	Perimeter() float64
	Name() string
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) Name() string       { return "rect" }

type Circle struct{ R float64 }

func (c *Circle) Area() float64      { return 3 * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 6 * c.R }
func (c *Circle) Name() string       { return "circle" }

type Square struct {
	Rect
	tag string
}

func (s Square) Name() string { return "square " + s.tag }

func total(shapes []Shape) (float64, float64) {
	a, p := 0.0, 0.0
	for _, s := range shapes {
		a += s.Area()
		p += s.Perimeter()
	}
	return a, p
}

func biggest(shapes ...Shape) Shape {
	var best Shape
	for _, s := range shapes {
		if best == nil || s.Area() > best.Area() {
			best = s
		}
	}
	return best
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}, Square{Rect{4, 4}, "big"}, Rect{W: 1, H: 10}}
	for i, s := range shapes {
		println(i, s.Name(), s.Area(), s.Perimeter())
	}
	a, p := total(shapes)
	println("total", a, p)
	b := biggest(shapes...)
	println("biggest", b.Name())
	c := &Circle{2}
	var s Shape = c
	c.R = 5
	println(s.Area())
	shapes[1] = s
	println(shapes[1].Name(), shapes[1].Area())
	println(biggest() == nil)
}
