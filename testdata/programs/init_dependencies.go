package main

var order []string

func record(s string) int {
	order = append(order, s)
	return len(order)
}

var (
	z = record("z") + y
	y = record("y") + x
	x = record("x")
)

var w = func() int { return record("w") * 10 }()

func init() { record("init") }

func main() {
	record("main")
	for _, s := range order {
		print(s, " ")
	}
	println()
	println(x, y, z, w)
}
