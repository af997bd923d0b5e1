package main

// Changing a map while ranging over it: entries deleted before they are reached are not
// produced, entries added may or may not be, none is produced twice.

func main() {
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i
	}
	seen := map[int]int{}
	for k := range m {
		seen[k]++
		if k%2 == 0 {
			delete(m, k+1)
		}
	}
	bad := 0
	for k, n := range seen {
		if n != 1 {
			bad++
		}
		if k%2 == 1 {
			if _, ok := m[k]; ok {
				// produced before its even neighbour deleted it: fine
				continue
			}
		}
	}
	println("twice:", bad, "left:", len(m) >= 50)

	// the clear idiom
	for k := range m {
		delete(m, k)
	}
	println(len(m))

	// inserting while ranging: every original key once, no key twice
	m2 := map[int]bool{}
	for i := 0; i < 20; i++ {
		m2[i] = true
	}
	count := map[int]int{}
	orig := 0
	for k := range m2 {
		count[k]++
		if k < 20 {
			orig++
		}
		if len(m2) < 1000 {
			m2[k+1000] = true
		}
	}
	dup := 0
	for _, n := range count {
		if n > 1 {
			dup++
		}
	}
	println(orig, dup, len(m2) >= 40 && len(m2) <= 1020)

	// deleting everything but the current key, then re-adding others
	m3 := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4}
	n := 0
	for k := range m3 {
		n++
		for j := range m3 {
			if j != k {
				delete(m3, j)
			}
		}
	}
	println(n, len(m3))

	// reuse after emptying: new entries work
	for i := 0; i < 10; i++ {
		m3[string(rune('a'+i))] = i
	}
	println(len(m3), m3["j"])

	// nested ranges over the same map
	m4 := map[int]int{1: 1, 2: 2, 3: 3}
	pairs := 0
	for a := range m4 {
		for b := range m4 {
			if a != b {
				pairs++
			}
		}
	}
	println(pairs)

	// break out of a range, then keep inserting and deleting
	m5 := map[int]int{}
	for i := 0; i < 10; i++ {
		m5[i] = i
	}
	for range m5 {
		break
	}
	for i := 0; i < 5000; i++ {
		m5[i+10] = i
		delete(m5, i)
	}
	println(len(m5), m5[5009])
}
