package main

type Buf struct {
	n    int
	data [16]byte
}

func (b *Buf) Write(s string) {
	for i := 0; i < len(s) && b.n < len(b.data); i++ {
		b.data[b.n] = s[i]
		b.n++
	}
}

func (b Buf) String() string { return string(b.data[:b.n]) }

type Ring struct {
	vals [4]float64
	pos  int
}

func (r *Ring) Add(v float64) {
	r.vals[r.pos%len(r.vals)] = v
	r.pos++
}

func (r Ring) Avg() float64 {
	n := r.pos
	if n > len(r.vals) {
		n = len(r.vals)
	}
	s := 0.0
	for i := 0; i < n; i++ {
		s += r.vals[i]
	}
	return s / float64(n)
}

func main() {
	var b Buf
	b.Write("hello ")
	b.Write("world, this is long")
	println(b.String(), b.n)
	var r Ring
	for i := 1; i <= 6; i++ {
		r.Add(float64(i))
		println(r.Avg())
	}
}
