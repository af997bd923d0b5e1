package main

type T struct{ n int }

func main() {
	s := []*T{{1}, {2}}
	println(len(s), s[1].n)
}
