package main

type S struct {
	n  int
	xs []int
}

func main() {
	var a, b any = S{}, S{}
	println(a != nil)
	println(a == b)
}
