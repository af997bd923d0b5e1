package main

// tail returns s[i:]; pick returns one of two strings.
func tail(s string, i int) string
func pick(a, b string, second bool) string

func main() {
	println(tail("hello, world", 7), tail("abc", 3) == "")
	println(pick("left", "right", false), pick("left", "right", true))
}
