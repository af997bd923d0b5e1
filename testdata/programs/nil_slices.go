package main

func main() {
	var s []int
	println(s == nil, len(s), cap(s))
	s = s[:0]
	println(s == nil)
	e := []int{}
	println(e == nil, len(e))
	for range s {
		println("never")
	}
	s = append(s, e...)
	println(s == nil, len(s))
	var bs []byte
	println(string(bs) == "", len(append(bs, "x"...)))
	var p *[3]int
	println(p == nil, len(p))
}
