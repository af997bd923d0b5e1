package main

type I interface{ M() int }
type A struct{}
type B struct{}

func (A) M() int  { return 1 }
func (*B) M() int { return 2 }

func main() {
	var i I = &B{}
	println(i.M())
	a := i.(A)
	println(a.M())
}
