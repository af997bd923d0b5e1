package main

func gcd(a, b uint64) uint64 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func powmod(b, e, m uint64) uint64 {
	r := uint64(1)
	b %= m
	for e > 0 {
		if e&1 == 1 {
			r = r * b % m
		}
		b = b * b % m
		e >>= 1
	}
	return r
}

func main() {
	println(gcd(1071, 462), gcd(1<<40, 1<<20*3), gcd(0, 0))
	println(powmod(2, 10, 1000), powmod(3, 200, 1000003), powmod(7, 0, 13))
	var l uint64 = 1
	for i := uint64(1); i <= 20; i++ {
		l = l / gcd(l, i) * i
	}
	println(l)
}
