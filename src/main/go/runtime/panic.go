package runtime

// Panics. Without defer in the first milestone every panic is fatal: it prints gc's report and
// exits with status 2. Deferred calls, recover and nested panics come with defer.

// gopanic is panic(e).
func gopanic(e any) {
	printstring("panic: ")
	printpanicval(e)
	printnl()
	dieWithGoroutine(2)
}

// goPanicBounds is where the compiler's bounds checks end (through the panicIndex… stubs in
// asm_amd64.s): x is the failing index, y the bound, kind the dev.jgo.ssagen.BoundsKind
// ordinal — even for a signed index, odd for an unsigned one, 16 for a slice-to-array
// conversion.
func goPanicBounds(x int, y int, kind int) {
	const convert = 16
	signed := kind == convert || kind&1 == 0
	var buf [100]byte
	n := boundsMessage(buf[:], int64(x), y, signed, kind/2)
	panicErrorBytes(buf[:n])
}

func panicdivide() { panicError("integer divide by zero") }
func panicshift()  { panicError("negative shift amount") }
func panicmem()    { panicError("invalid memory address or nil pointer dereference") }

// panicError panics with a run-time error whose message is msg.
func panicError(msg string) {
	panicErrorBytes(bytes(msg))
}

func panicErrorBytes(msg []byte) {
	printstring("panic: runtime error: ")
	gwrite(msg)
	printnl()
	printSignal(getg())
	dieWithGoroutine(2)
}

// throw reports a fatal error inside the runtime.
func throw(s string) {
	printstring("fatal error: ")
	printstring(s)
	printnl()
	printSignal(getg())
	dieWithGoroutine(2)
}

// printSignal prints the signal that caused the current panic, if any, as gc does.
func printSignal(gp *g) {
	if gp.sig == 0 {
		return
	}
	printstring("[signal ")
	printstring(signalName(gp.sig))
	printstring(" code=")
	printhex(uint64(gp.sigcode0))
	printstring(" addr=")
	printhex(uint64(gp.sigcode1))
	printstring(" pc=")
	printhex(uint64(gp.sigpc))
	printstring("]\n")
}

// dieWithGoroutine prints the goroutine header gc prints before its traceback and exits.
// There are no tracebacks yet: the frames gc lists after the header are missing.
func dieWithGoroutine(code int32) {
	printstring("\ngoroutine 1 [running]:\n")
	exit(code)
}
