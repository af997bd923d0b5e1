package main

//go:noinline
func work(seed int) int {
	var buf [8192]int
	for i := range buf {
		buf[i] = i ^ seed
	}
	s := 0
	for i := 0; i < len(buf); i += 97 {
		s += buf[i]
	}
	return s
}

func main() {
	println(work(1), work(12345))
	var big [1 << 12]byte
	for i := range big {
		big[i] = byte(i)
	}
	println(big[4095], len(big))
}
