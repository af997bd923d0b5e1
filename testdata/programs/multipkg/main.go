package main

import "example.com/hi/greet"

var start = greet.Count

func main() {
	println(greet.Hello("world"), start, greet.Count)
}
