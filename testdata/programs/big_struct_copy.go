package main

type Big struct {
	a [32]int64
	s string
	f [4]float64
}

//go:noinline
func mk(n int) Big {
	var b Big
	for i := range b.a {
		b.a[i] = int64(i * n)
	}
	b.s = "big"
	b.f[3] = float64(n) / 4
	return b
}

//go:noinline
func sum(b Big) int64 {
	t := int64(0)
	for _, v := range b.a {
		t += v
	}
	return t
}

func main() {
	b := mk(3)
	c := b
	c.a[0] = 1000
	println(sum(b), sum(c), b.s, b.f[3], b == c)
	bs := []Big{mk(1), mk(2)}
	bs = append(bs, mk(5))
	println(sum(bs[2]), len(bs))
	arr := [3]Big{}
	arr[1] = mk(7)
	println(sum(arr[1]), arr[1].s)
}
