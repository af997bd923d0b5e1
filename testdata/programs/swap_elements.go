package main

type Item struct {
	Name string
	W    [2]int
}

func main() {
	xs := []Item{{"a", [2]int{1, 2}}, {"b", [2]int{3, 4}}, {"c", [2]int{5, 6}}}
	xs[0], xs[2] = xs[2], xs[0]
	println(xs[0].Name, xs[2].Name, xs[0].W[1])
	arr := [4]string{"w", "x", "y", "z"}
	for i, j := 0, len(arr)-1; i < j; i, j = i+1, j-1 {
		arr[i], arr[j] = arr[j], arr[i]
	}
	println(arr[0], arr[1], arr[2], arr[3])
	a, b, c := 1, 2, 3
	a, b, c = c, a, b
	println(a, b, c)
	xs[1].W[0], xs[1].W[1] = xs[1].W[1], xs[1].W[0]
	println(xs[1].W[0], xs[1].W[1])
}
