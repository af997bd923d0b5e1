package main

func main() {
	sum := 0
	for i := 0; i < 10; i++ {
		sum += i
	}
	println(sum)
	n := 1
	for n < 1000 {
		n *= 3
	}
	println(n)
	k := 0
	for {
		k++
		if k%7 == 0 {
			break
		}
		if k%2 == 0 {
			continue
		}
		print(k, " ")
	}
	println()
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		print(i, ":", j, " ")
	}
	println()
	var arr [5]int
	for i := range arr {
		arr[i] = i * 3
	}
	for _, v := range arr {
		print(v, " ")
	}
	println()
	for i := 10; i > 0; i /= 2 {
		print(i, " ")
	}
	println()
}
