package main

var trace string

func t(s string, v int) int { trace += s; return v }

func main() {
	a := []int{0, 0, 0}
	i := 0
	i, a[i] = 1, 9
	println(i, a[0], a[1])
	x, y := 1, 2
	x, y = y, x+y
	println(x, y)
	a[t("i", 1)], a[t("j", 2)] = t("a", 10), t("b", 20)
	println(trace, a[1], a[2])
	var arr [3]int
	p := &arr
	p[0], p[1], p[2] = p[2]+1, p[0]+2, p[1]+3
	println(arr[0], arr[1], arr[2])
	s := "ab"
	s, n := s+s, len(s)
	println(s, n)
}
