// Many deferred calls in loops (each a heap record), in recursion and in function literals.
package main

func sum(n int) (total int) {
	for i := 1; i <= n; i++ {
		defer func(k int) { total += k }(i)
	}
	return 0
}

func fact(n int) (r int) {
	defer func() {
		if n <= 1 {
			r = 1
		} else {
			r = n * fact(n-1)
		}
	}()
	return -1
}

func main() {
	println(sum(1000))
	println(fact(10))
	count := 0
	func() {
		for i := 0; i < 50; i++ {
			defer func() { count++ }()
		}
	}()
	println(count)
	for round := 0; round < 3; round++ {
		func() {
			defer func() { println("round", round, "recovered", recover() != nil) }()
			if round%2 == 1 {
				panic(round)
			}
		}()
	}
}
