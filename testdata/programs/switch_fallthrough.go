package main

//go:noinline
func classify(x int) string {
	switch {
	case x < 0:
		return "neg"
	case x == 0:
		return "zero"
	case x < 10:
		return "small"
	}
	return "big"
}

func grade(n int) {
	switch n {
	case 5:
		print("five ")
		fallthrough
	case 4:
		print("four ")
		fallthrough
	case 3:
		print("three ")
	case 2, 1:
		print("low ")
	default:
		print("other ")
	}
	println()
}

func main() {
	for _, x := range []int{-5, 0, 3, 42} {
		println(x, classify(x))
	}
	for n := 0; n <= 6; n++ {
		grade(n)
	}
	switch s := "go"; s + "!" {
	case "go":
		println("no")
	case "go!":
		println("yes")
	}
	switch x := 3; {
	case x > 2:
		println("x>2")
		fallthrough
	default:
		println("default")
	}
}
