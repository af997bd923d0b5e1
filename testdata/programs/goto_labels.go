package main

func main() {
	i := 0
loop:
	if i < 5 {
		print(i, " ")
		i++
		goto loop
	}
	println()
outer:
	for a := 0; a < 4; a++ {
		for b := 0; b < 4; b++ {
			if b == 2 {
				continue outer
			}
			if a == 3 {
				break outer
			}
			println(a, b)
		}
	}
	n := 0
sw:
	switch {
	case n == 0:
		for {
			n++
			if n > 3 {
				break sw
			}
		}
	}
	println(n)
	j := 0
	goto skip
skip:
	j += 10
	println(j)
}
