package main

// not negates a bool; isNil reports whether a pointer is nil; addr returns a pointer as a uintptr.
func not(b bool) bool
func isNil(p *int) bool
func addr(p *int) uintptr

var x int

func main() {
	println(not(true), not(false))
	println(isNil(nil), isNil(&x))
	println(addr(&x) == uintptr(0) || addr(nil) == 0)
}
