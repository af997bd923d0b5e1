package main

// Random inserts, updates and deletes checked against a simple model (a slice indexed by
// key), across many growths, with ranges in between.

var seed uint32 = 12345

func rand() int {
	seed = seed*1664525 + 1013904223
	return int(seed >> 8)
}

func main() {
	const N = 3000
	var model [N]int
	var present [N]bool
	m := map[int]int{}
	live := 0
	for step := 0; step < 60000; step++ {
		k := rand() % N
		switch rand() % 4 {
		case 0, 1:
			if !present[k] {
				live++
			}
			present[k] = true
			model[k] = step
			m[k] = step
		case 2:
			if present[k] {
				live--
			}
			present[k] = false
			delete(m, k)
		case 3:
			v, ok := m[k]
			if ok != present[k] || ok && v != model[k] || !ok && v != 0 {
				println("mismatch at", step, k)
				return
			}
		}
		if step%10000 == 0 {
			n := 0
			for k, v := range m {
				if !present[k] || model[k] != v {
					println("range mismatch", k)
				}
				n++
			}
			if n != live {
				println("count mismatch", n, live)
			}
		}
	}
	println(len(m) == live, live)

	// strings, growing from a size hint
	s := make(map[string]int, 1000)
	for i := 0; i < 5000; i++ {
		s[string(rune('a'+i%26))+string(rune('a'+i/26%26))+string(rune('a'+i/676))] = i
	}
	println(len(s), s["aaa"], s["zzg"])
	for i := 0; i < 5000; i += 3 {
		delete(s, string(rune('a'+i%26))+string(rune('a'+i/26%26))+string(rune('a'+i/676)))
	}
	println(len(s))

	// shrink to empty and refill many times
	r := map[int]bool{}
	for round := 0; round < 50; round++ {
		for i := 0; i < 100; i++ {
			r[round*1000+i] = true
		}
		for k := range r {
			delete(r, k)
		}
	}
	r[7] = true
	println(len(r), r[7])
}
