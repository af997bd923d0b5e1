package main

// Map literals: elided key and value types, composite keys and values, nested literals,
// package-level maps, pointers to map literals, duplicate-free large literals.

type P struct{ X, Y int }

var table = map[string]int{"a": 1, "b": 2, "c": 3}

var byPoint = map[P][]string{
	{0, 0}: {"origin"},
	{1, 0}: {"east", "right"},
}

var nested = map[string]map[string]P{
	"a": {"x": {1, 2}},
	"b": {"y": {3, 4}, "z": {5, 6}},
}

func main() {
	println(len(table), table["a"]+table["b"]+table["c"])
	println(len(byPoint), byPoint[P{0, 0}][0], byPoint[P{1, 0}][1], len(byPoint[P{2, 2}]))
	println(len(nested), nested["b"]["z"].Y, nested["a"]["x"].X, nested["c"]["x"].X)

	ptr := &map[int]string{1: "one"}
	(*ptr)[2] = "two"
	println(len(*ptr), (*ptr)[2])

	arrs := map[[2]int]*P{{1, 2}: &P{3, 4}, {5, 6}: nil}
	println(arrs[[2]int{1, 2}].Y, arrs[[2]int{5, 6}] == nil, len(arrs))

	var iface = map[string]any{"n": 1, "s": "str"}
	println(len(iface), iface["none"] == nil)

	empty := map[bool]int{}
	empty[true] = 1
	empty[false] = 2
	empty[true] *= 10
	println(empty[true], empty[false], len(empty))

	x := 5
	computed := map[int]int{x: x * x, x + 1: (x + 1) * (x + 1)}
	println(computed[5], computed[6])

	week := map[int]string{
		0: "sun", 1: "mon", 2: "tue", 3: "wed", 4: "thu", 5: "fri", 6: "sat",
		7: "sun2", 8: "mon2", 9: "tue2", 10: "wed2", 11: "thu2", 12: "fri2", 13: "sat2",
	}
	n := 0
	for k, v := range week {
		if week[k] == v {
			n++
		}
	}
	println(n, week[13])
}
