package main

//go:noinline
func join(parts []string, sep string) string {
	s := ""
	for i, p := range parts {
		if i > 0 {
			s += sep
		}
		s += p
	}
	return s
}

func main() {
	a, b, c, d, e, f := "a", "bb", "ccc", "", "e", "ff"
	println(a + b)
	println(a + b + c)
	println(a + b + c + d)
	println(a + b + c + d + e)
	println(a + b + c + d + e + f)
	println(d + d, len(d+d))
	println(join([]string{"x", "y", "z"}, ", "))
	s := ""
	for i := 0; i < 10; i++ {
		s += string(rune('0' + i))
	}
	println(s)
}
