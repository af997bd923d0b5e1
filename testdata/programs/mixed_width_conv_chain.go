package main

//go:noinline
func chain(x int64) {
	a := int8(x)
	b := uint16(a)
	c := int32(b)
	d := uint64(int16(c))
	e := float32(int32(d))
	f := int8(e)
	println(a, b, c, d, e, f)
}

func main() {
	for _, x := range []int64{0, 1, -1, 127, 128, 255, -129, 1 << 20, -1 << 40} {
		chain(x)
	}
}
