package main

//go:noinline
func w(i int) string {
	return [...]string{"zero", "one", "two", "three"}[i%4]
}

func main() {
	s := w(0) + "-" + w(1) + "-" + w(2) + "-" + w(3) + "-" + w(4)
	println(s, len(s))
	t := w(1) + w(1)
	println(t == "oneone", w(2) < w(3), w(0)[1:3])
	var parts []string
	for i := 0; i < 6; i++ {
		parts = append(parts, w(i)+w(i+1))
	}
	println(len(parts), parts[5])
}
