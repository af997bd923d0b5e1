// Results of many kinds returned through deferred calls and after recovery: strings, floats,
// slices, structs, pointers and several results at once.
package main

type rec struct {
	a    int
	s    string
	f    float64
	tags [3]byte
}

func mixed(fail bool) (s string, f float64, xs []int, r rec, p *int) {
	defer func() {
		if recover() != nil {
			s += "+recovered"
			f *= 2
			xs = append(xs, 99)
			r.tags[2] = 'z'
		}
	}()
	v := 3
	s, f, xs, r, p = "set", 1.25, []int{1}, rec{a: 1, s: "r", f: 0.5, tags: [3]byte{'a', 'b', 'c'}}, &v
	if fail {
		panic("fail")
	}
	return s, f, xs, r, p
}

func print(s string, f float64, xs []int, r rec, p *int) {
	println(s, f, len(xs), xs[len(xs)-1], r.a, r.s, r.f, string(r.tags[:]), *p)
}

func floats() (a, b float32, c complex128) {
	defer func() { a, b, c = b, a, c*2 }()
	return 1.5, 2.5, complex(1, -1)
}

func main() {
	print(mixed(false))
	print(mixed(true))
	println(floats())
}
