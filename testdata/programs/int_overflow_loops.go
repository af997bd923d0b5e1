package main

func main() {
	var i8 int8
	n := 0
	for i8 = 1; i8 > 0; i8 *= 2 {
		n++
	}
	println(n, i8)
	var u16 uint16 = 1
	n = 0
	for u16 != 0 {
		u16 <<= 1
		n++
	}
	println(n)
	var h uint32 = 2166136261
	for i := 0; i < 1000; i++ {
		h = (h ^ uint32(i)) * 16777619
	}
	println(h)
	var acc int32 = 1
	for i := 0; i < 40; i++ {
		acc = acc*31 + int32(i)
	}
	println(acc)
}
