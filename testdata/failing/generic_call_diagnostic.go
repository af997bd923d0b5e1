// FAILS (both ABIs): the first error is 'invalid operation: cannot index f (value of type func() int)' at the call f[int](), a follow-on of the unsupported generic declaration, reported before 'type parameters are not supported yet' (GOROOT/test/fixedbugs/issue53635.go is counted as a failure, not a skip, because of it). Stage: types (follow-on errors of unsupported type parameters should be suppressed).
package main

func main() {
	println(f[int]())
}

func f[T any]() int { return len([]T(nil)) }
