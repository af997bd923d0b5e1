package main

// build is assembly that calls the Go function grow repeatedly; grow allocates, so the Go side
// needs g (R14) and a zero X15 to be right after each transition from assembly.
func build(n int) int

var keep [][]int

func grow(i int) int {
	s := make([]int, i+1)
	for j := range s {
		s[j] = j
	}
	keep = append(keep, s)
	var z [16]int
	z[i%16] = i
	t := 0
	for _, v := range z {
		t += v
	}
	return len(s) + t
}

func main() {
	println(build(50), len(keep), len(keep[49]))
}
