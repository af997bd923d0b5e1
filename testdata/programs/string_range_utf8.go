package main

func main() {
	for i, r := range "aé世🙂" {
		println(i, r)
	}
	for i, r := range "a\xffb\xe4\xb8" {
		println(i, r)
	}
	n := 0
	for range "日本語" {
		n++
	}
	println(n)
	for i := range "xyz" {
		print(i)
	}
	println()
}
