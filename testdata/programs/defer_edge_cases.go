// Edge cases of defer: a panic in a deferred call at return, recovery in a middle frame of a
// recursion, big and variadic arguments, the shared loop variable, a nil func value, init.
package main

type big struct {
	a [10]int
	s string
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func panicsOnReturn() (r int) {
	defer func() { r = 10*b2i(recover() != nil) + r }()
	defer func() { panic("x") }()
	return 1
}

func level(n int) (out int) {
	defer func() { out += n }()
	if n == 2 {
		defer func() {
			if recover() != nil {
				out = 100
			}
		}()
	}
	if n == 4 {
		panic("bottom")
	}
	return level(n+1) * 2
}

func bigArgs(xs ...int) {
	b := big{s: "big"}
	b.a[3] = 7
	defer func(b big, xs ...int) { println(b.a[3], b.s, len(xs), xs[0]) }(b, xs...)
	defer func(p big) { println("second", p.a[3]) }(b)
	b.a[3] = 8
	xs[0] = 42
}

func loopVar() {
	for i := 0; i < 3; i++ {
		defer func() { print(i, " ") }()
	}
}

func runtimeErrInDefer() (msg string) {
	defer func() {
		if recover() != nil {
			msg = "recovered runtime error from deferred call"
		}
	}()
	defer func() {
		var s []int
		_ = s[3]
	}()
	return "normal"
}

func nilFunc() (ok bool) {
	defer func() { ok = recover() != nil }()
	var f func()
	defer f()
	println("nilFunc body runs")
	return false
}

var initDeferred int

func init() {
	defer func() { initDeferred = 5 }()
}

type S struct{ n int }

func (s *S) count() { s.n++ }

func methodLoop() int {
	s := &S{}
	func() {
		for i := 0; i < 10; i++ {
			defer s.count()
		}
	}()
	return s.n
}

func main() {
	println(panicsOnReturn())
	println(level(0))
	bigArgs(1, 2, 3)
	loopVar()
	println()
	println(runtimeErrInDefer())
	println(nilFunc())
	println(initDeferred)
	println(methodLoop())
	defer println("main's deferred after everything")
	for i := 0; i < 3; i++ {
		func() {
			defer func() { recover() }()
			var p *S
			p.count()
		}()
	}
	println("survived three nil derefs")
}
