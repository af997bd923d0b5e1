package main

type I interface {
	M()
	N()
}

type T struct{}

func (T) M() {}

func main() {
	var e any = T{}
	if _, ok := e.(I); !ok {
		println("not an I")
	}
	i := e.(I)
	i.M()
}
