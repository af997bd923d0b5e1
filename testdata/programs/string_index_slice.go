package main

//go:noinline
func sub(s string, i, j int) string { return s[i:j] }

func main() {
	s := "abcdefghij"
	for i := 0; i < len(s); i += 3 {
		println(i, s[i], sub(s, i, len(s)), s[:i])
	}
	println(sub(s, 2, 2) == "", len(sub(s, 0, 10)))
	var cnt [256]int
	for i := 0; i < len(s); i++ {
		cnt[s[i]]++
	}
	println(cnt['a'], cnt['z'])
}
