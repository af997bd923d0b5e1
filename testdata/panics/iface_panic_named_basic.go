package main

type Name string
type Count uint16

func main() {
	var c any = Count(7)
	println(c.(Count))
	panic(Name("bob"))
}
