// Slices: a sieve, an insertion-heavy sort and append-driven growth.
package main

func sieve(n int) int {
	composite := make([]bool, n+1)
	count := 0
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		count++
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return count
}

func shellSort(a []int) {
	for gap := len(a) / 2; gap > 0; gap /= 2 {
		for i := gap; i < len(a); i++ {
			v := a[i]
			j := i
			for ; j >= gap && a[j-gap] > v; j -= gap {
				a[j] = a[j-gap]
			}
			a[j] = v
		}
	}
}

func main() {
	println(sieve(20000000))
	a := make([]int, 0)
	seed := uint32(12345)
	for i := 0; i < 2000000; i++ {
		seed = seed*1664525 + 1013904223
		a = append(a, int(seed>>8))
	}
	shellSort(a)
	sorted := true
	for i := 1; i < len(a); i++ {
		if a[i-1] > a[i] {
			sorted = false
		}
	}
	println(sorted, a[0], a[len(a)/2], a[len(a)-1])
	total := 0
	for round := 0; round < 20; round++ {
		var b []int
		for i := 0; i < 1000000; i++ {
			b = append(b, i^round)
		}
		c := b[len(b)/4 : len(b)/2]
		copy(b, c)
		total += b[10] + len(c) + cap(b)
	}
	println(total)
}
