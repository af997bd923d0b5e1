package main

// clobber destroys R14 (g) and X15 and is called directly, through a func value, and through a
// closure; after each call the Go code grows the stack (needs g), allocates (needs g) and zeroes
// structs (X15 under the register ABI).
func clobber(x int) int

type big struct{ a, b, c, d, e, f, g, h int }

//go:noinline
func deep(n int) int {
	var pad [64]int
	pad[n%64] = n
	if n == 0 {
		return pad[0]
	}
	return deep(n-1) + pad[n%64]
}

//go:noinline
func zeroed(i int) big {
	var b big
	b.h = i
	return b
}

func main() {
	total := 0
	f := clobber
	g := func(x int) int { return clobber(x) * 2 }
	for i := 0; i < 50; i++ {
		total += clobber(i)
		total += deep(i * 10)
		total += f(i)
		b := zeroed(i)
		total += b.a + b.h
		total += g(i)
		p := new(big)
		p.c = i
		total += p.a + p.c + len(make([]int, i))
	}
	println(total)
}
