package main

func main() {
	var pa *[4]string
	n := 0
	for range pa {
		n++
	}
	println(n)
}
