package main

func adder(base int) func(int) int {
	return func(d int) int {
		base += d
		return base
	}
}

func withResult() (r int) {
	set := func(v int) { r = v }
	set(42)
	return
}

func tricky(n int) (a, b int) {
	f := func() {
		a, b = b+n, a+1
	}
	for i := 0; i < 3; i++ {
		f()
	}
	return
}

func main() {
	add := adder(10)
	println(add(1), add(2), add(3))
	other := adder(0)
	println(other(5), add(0))
	println(withResult())
	println(tricky(5))
}
