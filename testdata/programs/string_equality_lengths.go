package main

//go:noinline
func eq(a, b string) bool { return a == b }

func main() {
	base := "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	for n := 0; n <= len(base); n += 7 {
		a := base[:n]
		b := string([]byte(a))
		c := a + "x"
		println(n, eq(a, b), eq(a, c[:n]), eq(a, c), eq(c, b+"x"))
	}
	println(eq("", ""), eq("a", "b"), eq("\x00", ""))
}
