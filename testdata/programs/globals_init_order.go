package main

var (
	a = c + b
	b = f("b", 1)
	c = f("c", 2)
	d = 3
)

var total int

func f(name string, v int) int {
	println("init", name, v)
	total += v
	return v
}

func init() {
	println("init.0", a, b, c, d, total)
	d *= 2
}

func init() {
	println("init.1", d)
}

var tbl = [4]int{d, d * 2, a, len(msg)}
var msg = "hello"

func main() {
	println("main", a, b, c, d, total, tbl[0], tbl[1], tbl[2], tbl[3], msg)
}
