package main

// divmod returns quotient and remainder; minmax the smaller and larger of two bytes.
func divmod(a, b int64) (q, r int64)
func minmax(a, b uint8) (lo, hi uint8)

func main() {
	q, r := divmod(17, 5)
	println(q, r)
	q, r = divmod(-17, 5)
	println(q, r)
	lo, hi := minmax(200, 7)
	println(lo, hi)
}
