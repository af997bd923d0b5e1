// A panic recovered in one call does not appear in a later, unrecovered panic's report.
package main

func safe() (ok bool) {
	defer func() { ok = recover() != nil }()
	panic("first")
}

func main() {
	println("safe:", safe())
	defer println("main deferred")
	var m []string
	println(m[len(m)-1])
}
