// recover stops a panic; the function that deferred the recovering call returns its named
// results as the deferred calls left them.
package main

func safeDiv(a, b int) (q int, ok bool) {
	defer func() {
		if recover() != nil {
			q, ok = -1, false
		}
	}()
	return a / b, true
}

func parse(s string) (n int, err string) {
	defer func() {
		if recover() != nil {
			err = "bad input"
		}
	}()
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			panic("not a digit")
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, ""
}

func partial() (n int) {
	defer func() { recover() }()
	n = 7
	panic("stop")
}

func unnamedKeepsReturned() int {
	defer func() { recover() }()
	defer func() { panic("in deferred call") }()
	return 42
}

func main() {
	println(safeDiv(10, 3))
	println(safeDiv(10, 0))
	println(parse("123"))
	println(parse("12x"))
	println(partial())
	println(unnamedKeepsReturned())
	println("after all")
}
