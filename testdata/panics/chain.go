// Each deferred call panics again: the report lists the chain, oldest first.
package main

func main() {
	defer func() { panic(3) }()
	defer func() { panic(2.5) }()
	defer println("before the second panic")
	panic(true)
}
