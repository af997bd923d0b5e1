package main

func bits(n int) string {
	s := ""
	switch {
	case n >= 8:
		s += "8"
		fallthrough
	case n >= 4:
		s += "4"
		fallthrough
	case n >= 2:
		s += "2"
		fallthrough
	default:
		s += "."
	}
	return s
}

func main() {
	for i := 0; i < 10; i += 3 {
		println(i, bits(i))
	}
	x := 2
	switch x {
	case 1:
		println(1)
	case 2:
		fallthrough
	case 3:
		println("2 or 3")
		if x == 2 {
			break
		}
		println("not reached")
	case 4:
	}
	switch {
	}
	switch x {
	default:
		println("only default")
	}
}
