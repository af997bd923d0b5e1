package main

// lookup reads a table defined with DATA/GLOBL; bump increments a counter in a writable
// NOPTR global; greeting returns a string whose bytes live in an RODATA symbol.
func lookup(i int) uint32
func bump() int64
func greeting() string

func main() {
	println(lookup(0), lookup(1), lookup(3))
	bump()
	bump()
	println(bump())
	println(greeting())
}
