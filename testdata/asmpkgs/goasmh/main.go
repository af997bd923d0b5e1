package main

// The assembly reads struct fields through go_asm.h's offsets and sizes (node_val, node__size…).
type node struct {
	tag   byte
	val   int64
	_     [2]byte
	name  string
	next  *node
	inner struct{ a, b int16 }
}

type entry = node // an alias: go_asm.h names it too

func sumList(n *node) int64
func nodeSize() int
func innerB(n *node) int16
func nameLen(e *entry) int

func main() {
	c := &node{val: 3, name: "c"}
	b := &node{val: 20, next: c, inner: struct{ a, b int16 }{1, -2}}
	a := &node{val: 100, next: b, name: "first"}
	println(sumList(a), nodeSize(), innerB(b), nameLen(a))
}
