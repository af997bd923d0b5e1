package main

type I interface{ M() int }

//go:noinline
func get() I { return nil }

func main() {
	i := get()
	println(i == nil)
	println(i.M())
}
