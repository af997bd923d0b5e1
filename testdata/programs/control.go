package main

const (
	A = iota
	B
	C
	D = 1 << iota
)

func classify(n int) string {
	switch {
	case n < 0:
		return "neg"
	case n == 0:
		return "zero"
	case n%2 == 0:
		return "even"
	default:
		return "odd"
	}
}

func main() {
	println(A, B, C, D)
	for i := -1; i < 4; i++ {
		print(classify(i), " ")
	}
	println()
outer:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j == 3 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			print(i*10+j, " ")
		}
	}
	println()
	n := 0
loop:
	if n < 5 {
		n++
		goto loop
	}
	println(n)
	switch x := 5; x {
	case 1, 2:
		println("small")
	case 5:
		println("five")
		fallthrough
	case 6:
		println("six too")
	}
}
