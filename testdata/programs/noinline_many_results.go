package main

//go:noinline
func split(x uint64) (b0, b1, b2, b3, b4, b5, b6, b7 uint8) {
	b0 = uint8(x)
	b1 = uint8(x >> 8)
	b2 = uint8(x >> 16)
	b3 = uint8(x >> 24)
	b4 = uint8(x >> 32)
	b5 = uint8(x >> 40)
	b6 = uint8(x >> 48)
	b7 = uint8(x >> 56)
	return
}

//go:noinline
func stats(xs []float64) (min, max, mean float64, n int, ok bool) {
	if len(xs) == 0 {
		return
	}
	min, max = xs[0], xs[0]
	for _, x := range xs {
		if x < min {
			min = x
		}
		if x > max {
			max = x
		}
		mean += x
	}
	return min, max, mean / float64(len(xs)), len(xs), true
}

func main() {
	println(split(0x0102030405060708))
	println(stats([]float64{3, -1, 4, 1.5}))
	println(stats(nil))
}
