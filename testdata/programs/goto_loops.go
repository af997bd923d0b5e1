package main

func gcd(a, b int) int {
top:
	if b == 0 {
		return a
	}
	a, b = b, a%b
	goto top
}

func find(xs []int, v int) int {
	i := 0
	for ; i < len(xs); i++ {
		if xs[i] == v {
			goto found
		}
	}
	return -1
found:
	return i
}

func main() {
	println(gcd(48, 18), gcd(17, 5), gcd(0, 9))
	println(find([]int{4, 5, 6}, 6), find([]int{4}, 1))
	n := 0
	{
	again:
		n++
		if n < 3 {
			goto again
		}
	}
	println(n)
}
