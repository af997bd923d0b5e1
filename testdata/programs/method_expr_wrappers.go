package main

type T struct{ n int }

func (t T) Val() int { return t.n }

func main() {
	f := (*T).Val
	t := &T{7}
	println(f(t))
}
