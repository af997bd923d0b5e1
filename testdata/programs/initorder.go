package main

var a = b + 1
var b = f()
var msg string

func f() int {
	println("f runs first")
	return 41
}

func init() {
	println("init 1: a =", a, "b =", b)
	msg = "set by init"
}

func init() {
	println("init 2:", msg)
}

func main() {
	println("main:", a, b, msg)
}
