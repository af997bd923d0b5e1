package main

// Every form of range over a map, with break, continue, labels and assignment to existing
// variables; order-independent results only.

type Set map[string]struct{}

func (s Set) Add(k string) { s[k] = struct{}{} }

func (s Set) Has(k string) bool {
	_, ok := s[k]
	return ok
}

func (s Set) Len() int { return len(s) }

func main() {
	m := map[int]string{1: "a", 2: "bb", 3: "ccc", 4: "dddd"}
	n := 0
	for range m {
		n++
	}
	keySum := 0
	for k := range m {
		keySum += k
	}
	total := 0
	for _, v := range m {
		total += len(v)
	}
	both := 0
	for k, v := range m {
		if len(v) == k {
			both++
		}
	}
	println(n, keySum, total, both)

	var k int
	var v string
	count := 0
	for k, v = range m {
		count += k * len(v)
	}
	println(count, k > 0, len(v) > 0)

	found := 0
	for k := range m {
		if k%2 == 0 {
			continue
		}
		found += k
	}
	println(found)

	breaks := 0
	for range m {
		breaks++
		break
	}
	println(breaks)

	pairs := 0
outer:
	for a := range m {
		for b := range m {
			if a == b {
				continue outer
			}
			pairs++
		}
	}
	println(pairs <= 12)

	s := Set{}
	for _, w := range []string{"x", "y", "x", "z"} {
		s.Add(w)
	}
	println(s.Len(), s.Has("x"), s.Has("w"))

	arr := map[string][3]int{"a": {1, 2, 3}, "b": {4, 5, 6}}
	sum := 0
	for _, a := range arr {
		for _, x := range a {
			sum += x
		}
	}
	println(sum)

	var fns []func() int
	for k := range m {
		fns = append(fns, func() int { return k })
	}
	fsum := 0
	for _, f := range fns {
		fsum += f()
	}
	println(len(fns), fsum <= 16)

	byLen := map[int][]string{}
	for _, v := range m {
		byLen[len(v)%2] = append(byLen[len(v)%2], v)
	}
	println(len(byLen[0]), len(byLen[1]))
}
