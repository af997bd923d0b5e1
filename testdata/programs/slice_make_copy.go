package main

func main() {
	s := make([]int, 3, 10)
	println(len(s), cap(s), s[0])
	t := make([]string, 2)
	println(len(t), cap(t), t[1] == "")
	src := []int{1, 2, 3, 4, 5}
	n := copy(s, src)
	println(n, s[0], s[2], len(s))
	n = copy(s[:cap(s)], src)
	println(n, s[:5][4])
	n = copy(src[1:], src)
	println(n, src[0], src[1], src[2], src[3], src[4])
	b := make([]byte, 3)
	n = copy(b, "hello")
	println(n, string(b))
	var empty []int
	println(copy(empty, src), copy(src, empty))
}
