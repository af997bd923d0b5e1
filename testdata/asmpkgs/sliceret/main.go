package main

// window returns s[i:j] built in assembly (pointer, length and capacity).
func window(s []int, i, j int) []int

func main() {
	s := []int{10, 20, 30, 40, 50}
	w := window(s, 1, 3)
	println(len(w), cap(w), w[0], w[1])
	w = append(w, 99)
	println(s[3])
}
