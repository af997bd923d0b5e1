package main

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func apply(f func(int) int, x int) int { return f(x) }

func double(x int) int { return 2 * x }

func main() {
	c := counter()
	c()
	c()
	println(c())
	k := 10
	println(apply(func(x int) int { return x + k }, 5))
	println(apply(double, 21))
	fs := []func(int) int{double, func(x int) int { return x * x }}
	for _, f := range fs {
		print(f(7), " ")
	}
	println()
}
