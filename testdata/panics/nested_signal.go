// A nil dereference, then a panic in a deferred call: both panics and the signal line.
package main

type T struct{ x int }

func main() {
	defer func() {
		panic("in deferred call")
	}()
	var p *T
	println(p.x)
}
