package main

func sieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return primes
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var buf [20]byte
	i := len(buf)
	for n > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

func sort(xs []int) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j] < xs[j-1]; j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func main() {
	ps := sieve(100)
	println(len(ps), ps[len(ps)-1])
	s := ""
	for _, p := range ps[:10] {
		s += itoa(p) + ","
	}
	println(s, itoa(-4096))
	xs := []int{9, -2, 7, 7, 0, 15, -30, 4}
	sort(xs)
	for _, x := range xs {
		print(x, " ")
	}
	println()
	println(popcount(0xffff0000ffff), popcount(1<<63))
	var m [3][3]int
	a := [3][3]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				m[i][j] += a[i][k] * a[k][j]
			}
		}
	}
	println(m[0][0], m[1][1], m[2][2], m[2][0])
}
