// FAILS (both ABIs): 'conversion to interface error is not supported yet by jgo's SSA construction' (in package errors, which os imports). Stage: ssagen (interfaces).
// os.Exit ends the program at once: deferred calls do not run.
package main

import "os"

func main() {
	defer println("never printed")
	func() {
		defer println("printed: the literal returns normally")
	}()
	println("exiting")
	os.Exit(0)
}
