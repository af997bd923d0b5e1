package main

type op func(a, b int) int

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func main() {
	var fs []func() int
	for i := 0; i < 4; i++ {
		i := i
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()
	ops := []op{
		func(a, b int) int { return a + b },
		func(a, b int) int { return a * b },
	}
	println(ops[0](3, 4), ops[1](3, 4))
	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	println(compose(inc, dbl, inc)(5))
	total := 0
	add := func(n int) { total += n }
	for i := 1; i <= 10; i++ {
		add(i)
	}
	println(total)
	var rec func(int) int
	rec = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * rec(n-1)
	}
	println(rec(10))
}
