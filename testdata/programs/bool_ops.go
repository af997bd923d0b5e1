package main

var calls int

//go:noinline
func t(s string) bool { calls++; print(s, " "); return true }

//go:noinline
func f(s string) bool { calls++; print(s, " "); return false }

func main() {
	println(t("a") && f("b") || t("c"))
	println(f("a") && t("b"))
	println(t("a") || f("b"))
	println(!f("a") && !t("b"))
	b := t("x") == f("y")
	println(b, b != true, calls)
	var bs [4]bool
	for i := range bs {
		bs[i] = i%2 == 0
	}
	println(bs[0], bs[1], bs[2], bs[3], bs == [4]bool{true, false, true, false})
}
