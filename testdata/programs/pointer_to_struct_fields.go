package main

type Vec struct{ X, Y, Z float64 }

//go:noinline
func scale(v *Vec, k float64) {
	v.X *= k
	v.Y *= k
	v.Z *= k
}

func (v Vec) Dot(w Vec) float64 { return v.X*w.X + v.Y*w.Y + v.Z*w.Z }

func main() {
	v := Vec{1, 2, 3}
	scale(&v, 2)
	println(v.X, v.Y, v.Z, v.Dot(v))
	px := &v.Y
	*px = 0.5
	println(v.Y)
	vs := make([]Vec, 3)
	for i := range vs {
		p := &vs[i]
		p.X = float64(i)
	}
	println(vs[0].X, vs[1].X, vs[2].X)
	arr := [2]Vec{}
	pa := &arr
	pa[1].Z = 7
	println(arr[1].Z)
}
