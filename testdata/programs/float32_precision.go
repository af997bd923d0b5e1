package main

func main() {
	var f float32 = 0.1
	var s float32
	for i := 0; i < 10; i++ {
		s += f
	}
	println(s, s == 1, float64(s))
	var d float64
	for i := 0; i < 10; i++ {
		d += 0.1
	}
	println(d, d == 1)
	big := float32(1 << 24)
	println(big+1 == big, big+2)
	var tiny float32 = 1e-45
	println(tiny, tiny/2, -tiny*0)
	println(float32(1)/3*3, float64(float32(1)/3))
}
