// An integer division by zero deep in calls, with deferred calls in each frame on the way.
package main

func div(a, b int) int {
	defer println("div deferred", a, b)
	return a / b
}

func loop(n int) int {
	total := 0
	for i := n; i >= 0; i-- {
		defer println("loop deferred", i)
		total += div(10, i)
	}
	return total
}

func main() {
	defer func() { println("recover in main is not direct:", helper()) }()
	println(loop(2))
}

func helper() bool { return recover() != nil }
