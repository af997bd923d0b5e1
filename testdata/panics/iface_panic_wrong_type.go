package main

func main() {
	var e any = "hello"
	println(e.(string))
	n := e.(int)
	println(n)
}
