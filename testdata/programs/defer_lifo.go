// Deferred calls run last-in first-out at every return, including from loops and nested blocks.
package main

func order() {
	defer println("first deferred, runs last")
	defer println("second deferred")
	{
		defer println("deferred in a block: still at function end")
	}
	println("body done")
}

func loop(n int) {
	for i := 0; i < n; i++ {
		defer println("loop defer", i)
	}
	println("loop body done")
}

func early(x int) int {
	defer println("early: deferred runs on every return", x)
	if x > 0 {
		return 1
	}
	if x < 0 {
		return -1
	}
	return 0
}

func main() {
	order()
	loop(4)
	println(early(5), early(-5), early(0))
}
