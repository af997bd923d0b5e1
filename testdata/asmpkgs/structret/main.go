package main

type pair struct {
	lo, hi int64
	ok     bool
}

// ordered returns its arguments as a struct, smaller first.
func ordered(a, b int64) pair

func main() {
	p := ordered(9, 4)
	println(p.lo, p.hi, p.ok)
	p = ordered(-1, 1)
	println(p.lo, p.hi, p.ok)
}
