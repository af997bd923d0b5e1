package main

func insertion(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j-1] > a[j]; j-- {
			a[j-1], a[j] = a[j], a[j-1]
		}
	}
}

func quick(a []int) {
	if len(a) < 2 {
		return
	}
	p := a[len(a)/2]
	i, j := 0, len(a)-1
	for i <= j {
		for a[i] < p {
			i++
		}
		for a[j] > p {
			j--
		}
		if i <= j {
			a[i], a[j] = a[j], a[i]
			i++
			j--
		}
	}
	quick(a[:j+1])
	quick(a[i:])
}

func gen(n int) []int {
	s := make([]int, n)
	x := uint32(12345)
	for i := range s {
		x = x*1103515245 + 12345
		s[i] = int(x>>16) % 1000
	}
	return s
}

func main() {
	a := gen(20)
	insertion(a)
	println(a[0], a[10], a[19])
	b := gen(500)
	quick(b)
	ok := true
	for i := 1; i < len(b); i++ {
		if b[i-1] > b[i] {
			ok = false
		}
	}
	println(ok, b[0], b[250], b[499])
}
