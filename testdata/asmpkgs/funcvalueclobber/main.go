package main

// clobber is assembly that destroys R14 (g) and X15; called through a func value, whatever
// runs after the call must still see g and a zero X15.
func clobber(x int) int

//go:noinline
func call(f func(int) int, x int) int {
	return f(x)
}

type big struct{ a, b, c, d, e, f, g, h int }

func main() {
	total := 0
	for i := 0; i < 100; i++ {
		total += call(clobber, i)
		var b big // zeroed with X15 by the register ABI
		b.h = i
		p := new(big) // allocation needs g
		p.a = total
		total += b.a + p.b
	}
	println(total)
}
