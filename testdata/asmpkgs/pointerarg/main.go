package main

// store writes through a pointer; swap exchanges two ints; incAll increments every element.
func store(p *int64, v int64)
func swap(a, b *int)
func incAll(p *[3]int32)

func main() {
	var x int64
	store(&x, 42)
	a, b := 1, 2
	swap(&a, &b)
	arr := [3]int32{1, 2, 3}
	incAll(&arr)
	println(x, a, b, arr[0], arr[1], arr[2])
}
