package main

// maxOf takes a variadic parameter (a slice in assembly: xs_base, xs_len, xs_cap).
func maxOf(first int64, xs ...int64) int64

func main() {
	println(maxOf(3), maxOf(3, 9, -1, 4), maxOf(-5, []int64{-7, -6}...))
}
