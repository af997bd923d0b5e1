package main

//go:noinline
func mulhi(a, b uint64) uint64 {
	const mask = 1<<32 - 1
	a0, a1 := a&mask, a>>32
	b0, b1 := b&mask, b>>32
	w0 := a0 * b0
	t := a1*b0 + w0>>32
	w1 := t&mask + a0*b1
	return a1*b1 + t>>32 + w1>>32
}

func main() {
	x := uint64(0xffffffffffffffff)
	println(x, x>>1, x/2 == x>>1, mulhi(x, x), mulhi(1<<32, 1<<32))
	var h uint64 = 14695981039346656037
	for _, c := range []byte("jgo") {
		h ^= uint64(c)
		h *= 1099511628211
	}
	println(h)
	println(uint64(1)<<63 > 1<<62, int64(x) < 0)
}
