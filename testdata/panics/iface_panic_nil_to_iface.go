package main

type I interface{ M() }

func main() {
	var e any
	i := e.(I)
	i.M()
}
