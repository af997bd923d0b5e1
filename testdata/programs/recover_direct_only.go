// recover returns the panic value only when a deferred function calls it directly, and only
// while panicking.
package main

func helper() bool { return recover() != nil }

func indirect() (stopped bool) {
	defer func() { stopped = recover() != nil }() // the outer one catches it
	defer func() {
		println("helper recovers:", helper()) // not called directly by the deferred call
	}()
	panic("p")
}

func deferredRecover() (stopped bool) {
	defer func() { stopped = recover() != nil }()
	defer recover() // recover itself deferred: it does not stop the panic
	panic("q")
}

func deferredFunc() (ok bool) {
	defer func() { ok = true }()
	defer catch() // a deferred named function may recover
	panic("r")
}

func catch() {
	println("catch recovers:", recover() != nil)
}

type guard struct{ name string }

func (g guard) stop() { println(g.name, "method recovers:", recover() != nil) }
func (g *guard) stopPtr() { println(g.name, "pointer method recovers:", recover() != nil) }

func deferredMethods() {
	g := guard{"value"}
	defer g.stop()
	panic("s")
}

func deferredPtrMethod() {
	g := &guard{"pointer"}
	defer g.stopPtr()
	panic("t")
}

func deferredMethodValue() {
	g := guard{"method value"}
	m := g.stop
	defer m() // the method value's wrapper is invisible: stop recovers
	panic("u")
}

func closureCallsMethodValue() (ok bool) {
	defer func() { ok = recover() != nil }()
	g := guard{"method value in a closure"}
	m := g.stop
	defer func() { m() }() // stop is not the deferred call: it does not recover
	panic("v")
}

func notPanicking() {
	defer func() { println("not panicking: recover is nil:", recover() == nil) }()
}

func main() {
	println("recover outside defer is nil:", recover() == nil)
	println(indirect())
	println(deferredRecover())
	println(deferredFunc())
	deferredMethods()
	deferredPtrMethod()
	deferredMethodValue()
	println(closureCallsMethodValue())
	notPanicking()
	println("done")
}
