package main

type I interface{ M() }

type T int

func (T) M() {}

func main() {
	var i I
	_, ok := i.(T)
	println(ok)
	t := i.(T)
	println(t)
}
