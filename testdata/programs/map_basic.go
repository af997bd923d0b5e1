package main

func main() {
	m := map[string]int{"a": 1}
	m["b"] = 2
	println(len(m), m["a"], m["b"], m["c"])
}
