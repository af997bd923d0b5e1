package main

// Typical uses: memoized recursion (the map grows while the right-hand side is computed),
// word counts, grouping, and inverting a map.

var memo = map[int]int{}

func fib(n int) int {
	if n < 2 {
		return n
	}
	if v, ok := memo[n]; ok {
		return v
	}
	memo[n] = fib(n-1) + fib(n-2)
	return memo[n]
}

var calls = map[string]int{}

func count(name string) int {
	calls[name]++
	return calls[name]
}

func main() {
	println(fib(80), len(memo))

	text := "the quick brown fox jumps over the lazy dog the end"
	words := map[string]int{}
	start := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == ' ' {
			words[text[start:i]]++
			start = i + 1
		}
	}
	println(len(words), words["the"], words["fox"], words["cat"])

	inv := map[int][]string{}
	for w, n := range words {
		inv[n] = append(inv[n], w)
	}
	println(len(inv), len(inv[1]), inv[3][0])

	m := map[string]int{}
	m[string(rune('a'+count("x")))] += count("y")
	m[string(rune('a'+count("x")))] = count("y") * 10
	println(m["b"], m["c"], calls["x"], calls["y"])

	grid := map[[2]int]byte{}
	for y := 0; y < 5; y++ {
		for x := 0; x < 5; x++ {
			if (x+y)%2 == 0 {
				grid[[2]int{x, y}] = '#'
			}
		}
	}
	neighbours := 0
	for p := range grid {
		for _, d := range [4][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
			if grid[[2]int{p[0] + d[0], p[1] + d[1]}] == '#' {
				neighbours++
			}
		}
	}
	println(len(grid), neighbours)
}
