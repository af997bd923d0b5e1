package main

// clobber is assembly that destroys R14 (g) and X15; called through a func value, whatever
// runs after the call must still see g and a zero X15.
func clobber(x int) int

//go:noinline
func call(f func(int) int, x int) int {
	return f(x)
}

// callAndZero zeroes a struct right after the call, in the same function (the register ABI
// zeroes with X15).
//
//go:noinline
func callAndZero(f func(int) int, p *big) int {
	r := f(1)
	*p = big{}
	return r
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
	p := &big{1, 2, 3, 4, 5, 6, 7, 8}
	r := callAndZero(clobber, p)
	println(r, p.a, p.d, p.h)
}
