package main

type A struct {
	X int
	Y string
}

type B struct {
	X int
	Y string
}

type Celsius float64
type Fahrenheit float64

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

func main() {
	a := A{1, "a"}
	b := B(a)
	b.X = 2
	println(a.X, b.X, b.Y, A(b) == A{2, "a"})
	anon := struct {
		X int
		Y string
	}{3, "anon"}
	a = anon
	println(a.X, a.Y)
	println(CToF(100), CToF(-40), Celsius(CToF(0)))
}
