package main

// Looking up an unhashable key panics even in an empty map; here the key is a struct holding
// a map.

type holder struct {
	name string
	m    map[string]int
}

func main() {
	m := map[any]bool{}
	var k any = holder{"h", nil}
	println(m[k])
}
