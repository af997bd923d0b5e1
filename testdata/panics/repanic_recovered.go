// A recovered run-time error panicked again: gc marks the first one [recovered].
package main

func main() {
	defer println("runs last")
	defer func() {
		r := recover()
		println("recovered:", r != nil)
		panic(r)
	}()
	var a []int
	i := 5
	_ = a[i]
}
