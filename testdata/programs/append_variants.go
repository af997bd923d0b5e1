package main

func main() {
	s := []int{1}
	s = append(s)
	s = append(s, 2, 3, 4, 5, 6, 7, 8, 9)
	println(len(s), cap(s))
	s = append(s[:2], s[5:]...)
	println(len(s), s[2], s[len(s)-1])
	s = append(s, s...)
	println(len(s), s[6])
	var f []float64
	f = append(f, 1.5, 2.5)
	var st []string
	st = append(st, "a", "b", "c")
	st = append(st[:1], st[2:]...)
	println(len(f), f[1], len(st), st[1])
	b := []byte("x")
	b = append(b, "yz"...)
	b = append(b, b...)
	println(string(b))
}
