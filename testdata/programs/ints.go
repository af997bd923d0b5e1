package main

func main() {
	var a uint8 = 200
	var b int8 = 100
	var c uint32 = 1 << 31
	var d int64 = -1 << 63
	a += 100
	b += 100
	c *= 2
	d--
	println(a, b, c, d)
	x := 0x12345678
	println(x>>4, x<<4, x&0xff, x|1, x^x, x&^0xf0)
	var s uint = 70
	println(1<<s, uint64(1)<<(s-10), -8>>s)
	m := 1
	for i := 0; i < 62; i++ {
		m *= 2
	}
	println(m, m*2, m*4, -m/3, m%7)
	println(int32(m>>20), uint16(m>>50), int8(127)+int8(m>>62))
	t, f := true, false
	println(t && f, t || f, !t, t != f)
}
