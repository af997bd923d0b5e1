package main

// A nil map reads as empty: zero values, len 0, no iterations, delete does nothing.

type T struct {
	m map[string]int
}

func get(m map[int]string, k int) (string, bool) {
	v, ok := m[k]
	return v, ok
}

func main() {
	var m map[string]int
	println(m == nil, len(m), m["a"])
	v, ok := m["b"]
	println(v, ok)
	for k, v := range m {
		println("never", k, v)
	}
	delete(m, "a")
	var t T
	println(t.m == nil, len(t.m), t.m["x"])
	s, ok := get(nil, 3)
	println(s == "", ok)
	var ms map[[2]string]struct{ a, b int }
	println(ms[[2]string{"a", "b"}].b)
	m = map[string]int{}
	println(m == nil, len(m))
	m = nil
	println(m == nil)
}
