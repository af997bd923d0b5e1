package main

func digits(n uint64) (count int, sum uint64) {
	for n > 0 {
		sum += n % 10
		n /= 10
		count++
	}
	return
}

func main() {
	println(digits(0))
	println(digits(9))
	println(digits(18446744073709551615))
	x := 1.0
	steps := 0
	for x > 1e-10 {
		x /= 3
		steps++
	}
	println(steps)
	i := 0
	for ; ; i++ {
		if i*i > 200 {
			break
		}
	}
	println(i)
}
