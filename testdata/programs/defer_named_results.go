// Deferred closures read and change named results after the return statement set them.
package main

func double() (r int) {
	defer func() { r *= 2 }()
	return 21
}

func trace(n int) (s string, err bool) {
	defer func() {
		if n < 0 {
			s, err = "negative", true
		}
	}()
	s = "ok"
	return s + "!", false
}

func sequence() (n int) {
	for i := 1; i <= 3; i++ {
		defer func(k int) { n = n*10 + k }(i)
	}
	return 0
}

func seesResult() (x int) {
	defer func() { println("deferred sees", x) }()
	x = 5
	return x + 1
}

type pair struct{ a, b int }

func structResult() (p pair) {
	defer func() { p.b = p.a * 3 }()
	return pair{a: 7}
}

func main() {
	println(double())
	println(trace(1))
	println(trace(-1))
	println(sequence())
	println(seesResult())
	p := structResult()
	println(p.a, p.b)
}
