package main

func vowel(r rune) bool {
	switch r {
	case 'a', 'e', 'i', 'o', 'u', 'é', 'ü':
		return true
	}
	return false
}

func main() {
	n := 0
	for _, r := range "héllo wörld üb" {
		if vowel(r) {
			n++
		}
	}
	println(n)
	var r rune = 'Z'
	switch {
	case r >= 'a':
		println("lower")
	case r >= 'A':
		println("upper")
	}
}
