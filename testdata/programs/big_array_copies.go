package main

// Arrays over 1024 bytes: zeroed and copied with REP STOSQ / REP MOVSQ, also next to live registers.

type Big [300]int

//go:noinline
func fill(n int) Big {
	var b Big
	for i := range b {
		b[i] = i * n
	}
	return b
}

//go:noinline
func sum(b Big) int {
	s := 0
	for _, v := range b {
		s += v
	}
	return s
}

//go:noinline
func work(a, c, d int, f float64) (int, float64) {
	var local Big
	local[a%300] = c
	x := fill(d)
	y := x
	y[0] = a + c + d
	var z Big
	z = y
	local = z
	return sum(local) + a*c - d + local[0], f * 2
}

type Wrap struct {
	pre  int
	b    Big
	post string
}

func main() {
	r, f := work(7, 11, 3, 1.25)
	println(r, f)
	w := Wrap{1, fill(2), "end"}
	w2 := w
	w2.b[299] = 0
	println(sum(w.b), sum(w2.b), w2.post, w2.pre)
	ws := []Wrap{w, w2}
	ws = append(ws, ws[1], ws[0])
	println(sum(ws[2].b), sum(ws[3].b), len(ws))
	for i := 0; i < 3; i++ {
		var t Big
		t[i] = i + 1
		println(sum(t) + i)
	}
}
