package main

func search(xs []int, v int) (int, bool) {
	lo, hi := 0, len(xs)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if xs[mid] < v {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, lo < len(xs) && xs[lo] == v
}

func main() {
	xs := []int{1, 3, 5, 7, 9, 11}
	for v := 0; v <= 12; v += 3 {
		i, ok := search(xs, v)
		println(v, i, ok)
	}
	i, ok := search(nil, 1)
	println(i, ok)
}
