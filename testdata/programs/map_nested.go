package main

// Maps inside other values: map of maps, map of slices, struct values, maps as fields,
// elements, parameters and results.

type graph struct {
	name  string
	edges map[string][]string
}

type stats struct {
	count int
	total float64
}

func newGraph(name string) *graph {
	return &graph{name: name, edges: make(map[string][]string)}
}

func (g *graph) add(a, b string) {
	g.edges[a] = append(g.edges[a], b)
	g.edges[b] = append(g.edges[b], a)
}

func degrees(g *graph) map[string]int {
	d := map[string]int{}
	for k, v := range g.edges {
		d[k] = len(v)
	}
	return d
}

func merge(dst, src map[string]int) {
	for k, v := range src {
		dst[k] += v
	}
}

func main() {
	g := newGraph("g")
	g.add("a", "b")
	g.add("a", "c")
	g.add("b", "c")
	g.add("c", "d")
	d := degrees(g)
	println(len(d), d["a"], d["b"], d["c"], d["d"])

	mm := map[string]map[string]int{}
	for _, w := range []string{"x.a", "x.b", "y.a", "x.a"} {
		outer, inner := w[:1], w[2:]
		if mm[outer] == nil {
			mm[outer] = map[string]int{}
		}
		mm[outer][inner]++
	}
	println(len(mm), len(mm["x"]), mm["x"]["a"], mm["x"]["b"], mm["y"]["a"], mm["z"]["q"])

	st := map[string]stats{}
	for i, v := range []float64{1, 2, 3, 4, 5} {
		key := "odd"
		if i%2 == 1 {
			key = "even"
		}
		s := st[key]
		s.count++
		s.total += v
		st[key] = s
	}
	println(st["odd"].count, int(st["odd"].total), st["even"].count, int(st["even"].total))

	total := map[string]int{"a": 1}
	merge(total, map[string]int{"a": 2, "b": 3})
	merge(total, d)
	println(total["a"], total["b"], total["c"], len(total))

	arr := [3]map[int]int{}
	for i := range arr {
		arr[i] = map[int]int{i: i * 10}
	}
	println(arr[0][0], arr[1][1], arr[2][2], len(arr[2]))

	sl := []map[string]bool{{"x": true}, nil, {}}
	println(sl[0]["x"], sl[1]["x"], len(sl[2]))

	ptrs := map[int]*stats{}
	ptrs[1] = &stats{}
	ptrs[1].count = 7
	ptrs[1].total += 2.5
	println(ptrs[1].count, int(ptrs[1].total*2))

	type key struct{ a, b string }
	deep := map[key]map[int][]string{}
	deep[key{"p", "q"}] = map[int][]string{1: {"one"}, 2: {"two", "deux"}}
	deep[key{"p", "q"}][3] = append(deep[key{"p", "q"}][3], "three")
	println(len(deep[key{"p", "q"}]), deep[key{"p", "q"}][2][1], deep[key{"p", "q"}][3][0])

	fns := map[string]func(int) int{
		"double": func(x int) int { return 2 * x },
		"square": func(x int) int { return x * x },
	}
	println(fns["double"](5), fns["square"](5), fns["none"] == nil)
}
