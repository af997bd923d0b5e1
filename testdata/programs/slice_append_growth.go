package main

func main() {
	var s []int
	println(s == nil, len(s), cap(s))
	for i := 0; i < 20; i++ {
		s = append(s, i)
		println(len(s), cap(s))
	}
	var b []byte
	for i := 0; i < 40; i++ {
		b = append(b, byte(i))
	}
	println(len(b), cap(b))
	t := append(s[:3], 100, 101)
	println(s[3], s[4], len(t), t[4])
	u := append([]int(nil), s...)
	u[0] = -5
	println(s[0], u[0], len(u))
	bs := append([]byte("abc"), "defg"...)
	println(string(bs))
	type big struct{ a, b, c, d int64 }
	var bb []big
	for i := 0; i < 10; i++ {
		bb = append(bb, big{a: int64(i)})
	}
	println(len(bb), cap(bb), bb[9].a)
}
