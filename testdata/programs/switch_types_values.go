package main

//go:noinline
func kind(b byte) string {
	switch b {
	case ' ', '\t', '\n':
		return "space"
	case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return "digit"
	}
	switch {
	case 'a' <= b && b <= 'z', 'A' <= b && b <= 'Z':
		return "letter"
	}
	return "other"
}

func sw(s string) int {
	switch s {
	case "":
		return 0
	case "one":
		return 1
	case "two", "deux":
		return 2
	default:
		return -1
	}
}

func main() {
	for _, b := range []byte("a 1Z\t?") {
		println(kind(b))
	}
	println(sw(""), sw("one"), sw("deux"), sw("three"))
	var f float64 = 2.5
	switch f {
	case 1.5:
		println("1.5")
	case 2.5:
		println("2.5")
	}
	switch x := int8(-1); uint8(x) {
	case 255:
		println("255")
	}
}
