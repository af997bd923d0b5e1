package main

// fill sets every byte of b to v (REP STOSB); copyInts copies with REP MOVSQ and returns the count.
func fill(b []byte, v byte)
func copyInts(dst, src []int) int

func main() {
	b := make([]byte, 5)
	fill(b, 'x')
	println(string(b))
	dst := make([]int, 4)
	n := copyInts(dst, []int{7, 8, 9})
	println(n, dst[0], dst[1], dst[2], dst[3])
}
