// Run-time errors are panics that deferred calls see and recover stops.
package main

type node struct {
	val  int
	next *node
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		println(name, "recovered:", r != nil)
	}()
	f()
	println(name, "finished normally")
}

var zero int

func main() {
	s := []int{1, 2, 3}
	try("index", func() { println(s[len(s)+2]) })
	try("slice", func() { println(len(s[2:zero+1])) })
	try("divide", func() { println(10 / zero) })
	try("modulo", func() { println(10 % zero) })
	try("nil pointer", func() {
		var n *node
		println(n.val)
	})
	try("nil pointer field store", func() {
		var n *node
		n.next = &node{}
	})
	try("nil func", func() {
		var f func()
		f()
	})
	try("array pointer", func() {
		var a *[4]int
		println(a[1])
	})
	var shift = -1
	try("shift", func() { println(1 << shift) })
	try("make", func() { println(len(make([]int, shift))) })
	try("none", func() {})
	println("main done")
}
