package main

// dataWord returns the data word of an interface; sameType compares the type words of two.
func dataWord(i interface{}) uintptr
func sameType(a, b interface{}) bool

type T struct{ a, b int }

func main() {
	println(dataWord(nil))
	println(sameType(1, 2), sameType(1, "x"), sameType(T{}, T{1, 2}))
}
