package main

type Key struct {
	a  int8
	b  int64
	c  string
	d  bool
	f  float32
	ar [2]int16
}

//go:noinline
func eq(x, y Key) bool { return x == y }

func main() {
	k := Key{1, 2, "c", true, 1.5, [2]int16{3, 4}}
	vs := []Key{k, k, k, k, k, k, k}
	vs[1].a = 0
	vs[2].b = 0
	vs[3].c = "C"
	vs[4].d = false
	vs[5].f = -1.5
	vs[6].ar[1] = 0
	for i, v := range vs {
		println(i, eq(k, v), k != v)
	}
	z1 := Key{f: 0}
	var nz float32 = 0
	z2 := Key{f: -nz}
	println(eq(z1, z2))
}
