// FAILS (both ABIs): 'defer statement is not supported yet by jgo's SSA construction'. Stage: ssagen (defer not implemented).
package main

func f() (r int) {
	defer func() { r *= 2 }()
	return 21
}

func main() {
	defer println("deferred")
	println(f())
}
