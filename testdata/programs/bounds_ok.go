package main

//go:noinline
func get(s []int, i int) int { return s[i] }

//go:noinline
func geta(a *[4]int, i uint8) int { return a[i&3] }

//go:noinline
func slice(s string, i, j int) string { return s[i:j] }

func main() {
	s := []int{5, 6, 7}
	println(get(s, 0), get(s, 2))
	a := [4]int{1, 2, 3, 4}
	println(geta(&a, 7), geta(&a, 255))
	println(slice("hello", 0, 5), slice("hello", 5, 5) == "", slice("hello", 1, 3))
	t := s[len(s):]
	println(len(t), cap(t))
	u := s[:0]
	println(len(u), cap(u))
}
