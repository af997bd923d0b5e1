package main

// strlen returns a string's length; first its first byte (0 when empty).
func strlen(s string) int
func first(s string) byte

func main() {
	println(strlen(""), strlen("hello"), strlen("héllo"))
	println(first("A"), first(""), first("zebra"))
}
