package main

type Pair struct {
	K string
	V int
}

func main() {
	a := [3]Pair{{"a", 1}, {"b", 2}, {"c", 3}}
	b := a
	println(a == b)
	b[1].V = 20
	println(a == b, a[1].V, b[1].V)
	var s [4]string
	t := [4]string{"", "", "", ""}
	println(s == t)
	f := [2]float64{0, 1}
	g := [2]float64{-0.0 * 1, 1}
	println(f == g)
	m := [2][2]int{{1, 2}, {3, 4}}
	n := m
	n[1][1] = 5
	println(m != n, m[1][1])
	pa := &a
	copy(pa[:], b[1:])
	println(a[0].K, a[0].V, a[1].K, a[2].K)
}
