package main

// Methods implemented in assembly, called through method values bound to a receiver (closures
// over the receiver that call the assembly function).
type rect struct{ w, h float64 }

func rectArea(r *rect) float64
func rectScale(r *rect, k float64)

func (r *rect) area() float64   { return rectArea(r) }
func (r *rect) scale(k float64) { rectScale(r, k) }

type shape struct {
	area  func() float64
	scale func(float64)
}

func main() {
	r := &rect{3, 4}
	s := shape{r.area, r.scale}
	println(s.area())
	s.scale(0.5)
	println(s.area(), r.w, r.h)
}
