package main

var n int

func inc(b bool) bool { n++; return b }

func main() {
	r := inc(false) && inc(true) && inc(true)
	println(r, n)
	n = 0
	r = inc(true) || inc(false)
	println(r, n)
	n = 0
	r = (inc(false) || inc(true)) && (inc(false) || inc(false))
	println(r, n)
	var p *int
	if p != nil && *p > 0 {
		println("unreachable")
	}
	s := []int{}
	if len(s) > 0 && s[0] == 1 {
		println("unreachable")
	}
	println("ok")
}
