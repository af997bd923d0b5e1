// Panics with values of many types, each recovered; the recovering function resumes with
// its frame intact (locals, arguments and later calls work).
package main

type code int

func check(v int, f func()) (out int) {
	local := v * 2
	defer func() {
		if recover() != nil {
			out = local + v
		}
	}()
	f()
	return -1
}

func main() {
	println(check(1, func() { panic(1) }))
	println(check(2, func() { panic("two") }))
	println(check(3, func() { panic(3.5) }))
	println(check(4, func() { panic(code(4)) }))
	println(check(5, func() { panic(struct{ a, b int }{1, 2}) }))
	println(check(6, func() { panic(&struct{}{}) }))
	println(check(7, func() { panic(nil) }))
	println(check(8, func() {}))
	total := 0
	for i := 0; i < 100; i++ {
		total += check(i, func() { panic(i) })
	}
	println(total)
}
