package main

func primes(n int) []int {
	var ps []int
next:
	for i := 2; len(ps) < n; i++ {
		for _, p := range ps {
			if p*p > i {
				break
			}
			if i%p == 0 {
				continue next
			}
		}
		ps = append(ps, i)
	}
	return ps
}

func main() {
	for _, p := range primes(15) {
		print(p, " ")
	}
	println()
	count := 0
L1:
	for i := 0; i < 5; i++ {
	L2:
		for j := 0; j < 5; j++ {
			switch {
			case j == 3:
				continue L1
			case i == 3:
				break L1
			case j > i:
				break L2
			}
			count++
		}
	}
	println(count)
}
