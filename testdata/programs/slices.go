package main

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	var xs []int
	for i := 0; i < 20; i++ {
		xs = append(xs, i*i)
	}
	println(len(xs), cap(xs), sum(xs))
	ys := xs[3:7]
	ys[0] = -1
	println(xs[3], len(ys), cap(ys))
	zs := make([]int, 5, 10)
	copy(zs, xs)
	println(zs[0], zs[1], zs[2], zs[3], zs[4])
	a := [5]int{1, 2, 3, 4, 5}
	s := a[1:3]
	println(sum(s), sum(a[:]))
}
