package main

//go:noinline
func xor(a, b bool) bool { return a != b }

func main() {
	bs := []bool{false, true}
	for _, a := range bs {
		for _, b := range bs {
			println(a, b, a && b, a || b, xor(a, b), a == b, !a)
		}
	}
	var flags [8]bool
	for i := range flags {
		flags[i] = i%3 == 0 || i == 7
	}
	n := 0
	for _, f := range flags {
		if f {
			n++
		}
	}
	println(n)
	t := 3 > 2
	f := !t
	println(t, f, t == !f)
}
