package main

type Node struct {
	Val  int
	Next *Node
}

//go:noinline
func inc(p *int) { *p++ }

func main() {
	x := 5
	p := &x
	inc(p)
	inc(&x)
	println(x, *p, p == &x)
	q := new(int)
	println(*q, q != p)
	*q = 42
	pp := &q
	**pp += 1
	println(*q)
	var head *Node
	for i := 0; i < 5; i++ {
		head = &Node{i, head}
	}
	for n := head; n != nil; n = n.Next {
		print(n.Val, " ")
	}
	println()
	s := new([3]string)
	s[1] = "mid"
	println(len(s), s[1], s[0] == "")
	var np *Node
	println(np == nil, head.Next.Next.Val)
}
