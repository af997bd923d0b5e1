package main

func toUpper(b []byte) {
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 32
		}
	}
}

func count(s string, c byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
		}
	}
	return n
}

func split(s string, sep byte) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == sep {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

func main() {
	b := []byte("hello, world")
	toUpper(b)
	println(string(b))
	println(count("banana", 'a'), count("", 'a'))
	parts := split("a,bb,,ccc", ',')
	println(len(parts))
	for _, p := range parts {
		println("[" + p + "]")
	}
}
