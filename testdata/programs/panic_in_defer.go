// A panic in a deferred call replaces the running one; the remaining deferred calls still run
// and a later one may recover the new panic.
package main

func nested() (msg string) {
	defer func() {
		if recover() != nil {
			msg = "second panic recovered"
		}
	}()
	defer println("runs between the panics")
	defer func() {
		panic("second")
	}()
	panic("first")
}

func repanic() (n int) {
	defer func() {
		recover()
		n++
	}()
	defer func() {
		recover()
		n += 10
		panic("again")
	}()
	panic("once")
}

func deep(level int) {
	defer println("unwinding level", level)
	if level == 3 {
		panic("deep")
	}
	deep(level + 1)
}

func catchDeep() (ok bool) {
	defer func() { ok = recover() != nil }()
	deep(0)
	return false
}

func main() {
	println(nested())
	println(repanic())
	println(catchDeep())
}
