package main

func f() (r int) {
	defer func() { r *= 2 }()
	return 21
}

func main() {
	defer println("deferred")
	println(f())
}
