// Allocation: binary trees built with new and composite literals, and many small strings.
package main

type node struct {
	left, right *node
}

func build(depth int) *node {
	if depth == 0 {
		return &node{}
	}
	return &node{build(depth - 1), build(depth - 1)}
}

func (n *node) check() int {
	if n.left == nil {
		return 1
	}
	return 1 + n.left.check() + n.right.check()
}

func main() {
	total := 0
	for i := 0; i < 40; i++ {
		total += build(16).check()
	}
	println(total)
	n := 0
	for i := 0; i < 2000000; i++ {
		s := string(rune('a'+i%26)) + "xy"
		b := []byte(s)
		n += len(b) + int(b[0])
	}
	println(n)
}
