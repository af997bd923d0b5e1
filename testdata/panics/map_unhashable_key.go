package main

// An interface key whose dynamic type has no ==: the hash panics.

func main() {
	m := map[any]int{}
	m[1] = 2
	m["s"] = 3
	println(len(m))
	m[[]int{1}] = 3
	println("not reached")
}
