package main

// Reading a nil map is fine; assigning to it panics.

func main() {
	var m map[string]int
	println(len(m), m["x"])
	m["x"] = 1
	println("not reached")
}
