package main

//go:noinline
func mk(n int) [2]int { return [2]int{n, n} }

func main() {
	var bs [][2]int
	bs = append(bs, mk(5))
	println(bs[0][0])
}
