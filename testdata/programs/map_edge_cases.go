package main

// Odd corners: struct keys holding interfaces, ranging over a call result (evaluated once),
// swapping two entries, interface elements, empty-struct keys, maps in arrays and maps.

type K struct {
	name string
	v    any
}

func mk() map[string]int {
	println("mk")
	return map[string]int{"a": 1, "b": 2}
}

func main() {
	m := map[K]int{}
	m[K{"x", 1}] = 1
	m[K{"x", "1"}] = 2
	m[K{"x", 1}] += 10
	println(len(m), m[K{"x", 1}], m[K{"x", "1"}], m[K{"y", nil}])
	n := 0
	for k, v := range mk() {
		n += len(k) + v
	}
	println(n)
	s := map[string]int{"a": 1, "b": 2}
	s["a"], s["b"] = s["b"], s["a"]
	println(s["a"], s["b"])
	var iv = map[string]any{}
	iv["n"] = 5
	iv["s"] = "str"
	println(iv["n"].(int), iv["s"].(string), iv["z"] == nil)
	type E struct{}
	set := map[E]bool{{}: true}
	println(set[E{}], len(set))
	var arr [3]map[string]int
	arr[1] = map[string]int{}
	arr[1]["q"]++
	println(arr[1]["q"], arr[0]["q"])
	mm := map[string]map[string]int{}
	mm["a"] = map[string]int{}
	mm["a"]["b"] += 5
	println(mm["a"]["b"])
}
