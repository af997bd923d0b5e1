// An unrecovered panic runs every deferred call of every frame, then reports and exits 2.
package main

func inner() {
	defer println("inner deferred")
	panic("boom")
}

func main() {
	defer println("main deferred")
	inner()
	println("not reached")
}
