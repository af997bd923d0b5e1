package main

// shout is assembly that passes its string argument to the Go function upper and returns
// upper's string result and a length it computes itself.
func shout(s string) (string, int)

func upper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b) + "!"
}

func main() {
	s, n := shout("hello")
	println(s, n)
	s, n = shout("")
	println(s, n)
}
