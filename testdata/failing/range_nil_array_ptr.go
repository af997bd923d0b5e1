// FAILS (both ABIs): nil pointer dereference instead of printing 4: ranging over a nil *[4]string without a value variable must not dereference it (len is constant, spec: the range expression is not evaluated). Stage: ssagen (Ranges nil-checks pointers to arrays).
package main

func main() {
	var pa *[4]string
	n := 0
	for range pa {
		n++
	}
	println(n)
}
