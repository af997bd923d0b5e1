package main

func reverse(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

func main() {
	s := "hello"
	t := s + ", " + "world"
	println(t, len(t))
	println(reverse(t))
	println(t[1:4], t[7:])
	println(s == "hello", s < "help", s > t)
	n := 0
	for _, r := range "héllo, 世界" {
		n++
		print(r, " ")
	}
	println(n)
	println(string(rune(19990)), string([]rune{72, 105}))
}
