package main

// Empty-interface keys: the dynamic type is part of the key, values hash by their own kind.

type pair struct {
	a int
	b string
}

type myInt int

func main() {
	m := map[any]string{}
	m[1] = "int 1"
	m[int64(1)] = "int64 1"
	m[myInt(1)] = "myInt 1"
	m["1"] = "string 1"
	m[1.0] = "float 1"
	m[pair{1, "x"}] = "pair"
	m[[2]int{1, 2}] = "array"
	m[true] = "bool"
	m[nil] = "nil"
	var p *int
	m[p] = "nil *int"
	println(len(m))
	println(m[1], m[int64(1)], m[myInt(1)], m["1"], m[1.0])
	println(m[pair{1, "x"}], m[[2]int{1, 2}], m[true], m[nil], m[p])
	println(m[2] == "", m[pair{1, "y"}] == "", m[int8(1)] == "")
	s := "1"
	delete(m, s)
	_, ok := m["1"]
	println(ok, len(m))

	var negZero = 0.0
	negZero = -negZero
	m[negZero] = "zero"
	println(m[0.0])

	counts := map[any]int{}
	for i := 0; i < 100; i++ {
		counts[i%7]++
		counts[string(rune('a'+i%5))]++
	}
	println(len(counts), counts[3], counts["c"])
	x := new(int)
	counts[x] = 42
	println(counts[x])
}
