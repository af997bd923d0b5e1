package main

// append reads every value before it stores the first: values that live in memory
// (arrays, structs holding arrays) may be elements of the slice being overwritten.

type P [2]int

type Q struct {
	tag string
	xy  [2]int
}

func main() {
	xs := []P{{1, 2}, {3, 4}, {5, 6}}
	xs = append(xs[:0], xs[1], xs[0])
	println(xs[0][0], xs[1][0], len(xs), cap(xs))
	qs := []Q{{"a", [2]int{1, 1}}, {"b", [2]int{2, 2}}, {"c", [2]int{3, 3}}}
	qs = append(qs[:1], qs[2], qs[1], qs[0])
	println(qs[0].tag, qs[1].tag, qs[2].tag, qs[3].tag, qs[3].xy[1])
	arr := [3]P{{1, 1}, {2, 2}, {3, 3}}
	arr = [3]P{arr[2], arr[0], arr[1]}
	println(arr[0][0], arr[1][0], arr[2][0])
}
