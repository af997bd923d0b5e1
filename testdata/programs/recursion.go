package main

type node struct {
	val         int
	left, right *node
}

func insert(n *node, v int) *node {
	if n == nil {
		return &node{val: v}
	}
	if v < n.val {
		n.left = insert(n.left, v)
	} else {
		n.right = insert(n.right, v)
	}
	return n
}

func walk(n *node, visit func(int)) {
	if n == nil {
		return
	}
	walk(n.left, visit)
	visit(n.val)
	walk(n.right, visit)
}

func ack(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ack(m-1, 1)
	}
	return ack(m-1, ack(m, n-1))
}

func main() {
	var root *node
	for _, v := range []int{5, 3, 8, 1, 4, 7, 9, 2, 6} {
		root = insert(root, v)
	}
	sum := 0
	walk(root, func(v int) {
		sum += v
		print(v, " ")
	})
	println()
	println(sum, ack(2, 3))
}
