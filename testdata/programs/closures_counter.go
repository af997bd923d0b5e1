package main

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 100 }
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func main() {
	next, reset := counter()
	println(next(), next(), next())
	reset()
	println(next())
	double := func(x int) int { return x * 2 }
	inc := func(x int) int { return x + 1 }
	println(compose(double, inc)(5), compose(inc, double)(5))
	var fs []func() int
	for i := 0; i < 3; i++ {
		i := i
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()
}
