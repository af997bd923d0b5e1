package main

// Map basics: literals, assignment, op-assignment, ++ and --, comma-ok reads, delete, len,
// ranging over a big map and deleting half of it.

type point struct {
	x, y int
}

type named struct {
	s string
	f float64
}

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	return keys
}

func main() {
	m := map[string]int{"one": 1, "two": 2, "three": 3}
	m["four"] = 4
	m["one"] += 10
	m["two"]++
	m["zero"]--
	for _, k := range sortedKeys(m) {
		println(k, m[k])
	}
	v, ok := m["three"]
	println(v, ok)
	v, ok = m["nine"]
	println(v, ok)
	delete(m, "three")
	delete(m, "absent")
	_, ok = m["three"]
	println(len(m), ok)

	pm := map[point]string{{1, 2}: "a", {3, 4}: "b"}
	pm[point{5, 6}] = "c"
	println(len(pm), pm[point{1, 2}], pm[point{3, 4}], pm[point{5, 6}], pm[point{7, 8}] == "")

	nm := map[named]int{}
	nm[named{"a", 1.5}] = 1
	nm[named{"a", 1.5}] += 1
	nm[named{"b", 1.5}] = 5
	println(len(nm), nm[named{"a", 1.5}], nm[named{"b", 1.5}])

	big := make(map[int]int, 100)
	for i := 0; i < 10000; i++ {
		big[i*7] = i
	}
	sum := 0
	for k, v := range big {
		if k != v*7 {
			println("bad", k, v)
		}
		sum += v
	}
	println(len(big), sum)
	for i := 0; i < 10000; i += 2 {
		delete(big, i*7)
	}
	println(len(big), big[7], big[14])
}
