package runtime

import "unsafe"

// Panics, deferred calls and recover, with gc 1.19's semantics (not its open-coded defers:
// every defer statement makes a record, as gc's deferproc does).
//
// A function with defer statements calls deferproc(fn, resumed) at each one: fn is a closure
// without arguments or results (the compiler wraps any other deferred call into one), resumed
// points to a flag in the caller's frame. Every return of such a function stores its results
// in memory, calls deferreturn, which runs the records of the caller's frame, and reloads
// them. gopanic runs the records of the goroutine, newest first; when one of them recovers,
// the function that deferred it resumes where deferproc returned, with *resumed set, and the
// compiler's code there returns through deferreturn with the results as they are in memory.
//
// Frames are found through the frame pointer: a function with a frame saves its caller's BP
// just below its return address and points BP there, so getfp()+8 is where the function
// calling getfp returns to and getfp()+16 is its caller's stack pointer.

// _defer is one deferred call.
type _defer struct {
	fn      func()
	sp      uintptr // the deferring function's stack pointer
	pc      uintptr // where deferproc returns to in it
	bp      uintptr // its frame pointer
	resumed *bool   // its flag: set before resuming there after a recovery
	started bool    // the call is running (or ran) for a panic
	_panic  *_panic // the panic that started it
	link    *_defer
}

// _panic is one panic of the goroutine, newest first in g._panic.
type _panic struct {
	arg       any
	argp      uintptr // the stack pointer of gopanic while it runs a deferred call
	link      *_panic
	recovered bool
	aborted   bool // a newer panic ran past the deferred call this one was running
}

// errorString is the value of a run-time error panic: its message after "runtime error: ".
type errorString string

func (e errorString) RuntimeError() {}

func (e errorString) Error() string {
	return "runtime error: " + string(e)
}

// deferproc records fn, to be run when the calling function returns or panics.
func deferproc(fn func(), resumed *bool) {
	fp := getfp()
	gp := getg()
	d := new(_defer)
	d.fn = fn
	d.sp = fp + 16
	d.pc = *(*uintptr)(unsafe.Pointer(fp + 8))
	d.bp = *(*uintptr)(unsafe.Pointer(fp))
	d.resumed = resumed
	d.link = (*_defer)(gp._defer)
	gp._defer = unsafe.Pointer(d)
}

// deferreturn runs the deferred calls of the calling function, newest first.
func deferreturn() {
	sp := getfp() + 16
	gp := getg()
	for {
		d := (*_defer)(gp._defer)
		if d == nil || d.sp != sp {
			return
		}
		gp._defer = unsafe.Pointer(d.link)
		fn := d.fn
		fn()
	}
}

// gorecover is recover(). argp is the stack pointer of the caller of the function calling
// recover: it equals the panic's argp only when that function is the deferred call gopanic
// is running.
func gorecover(argp uintptr) any {
	p := (*_panic)(getg()._panic)
	if p != nil && !p.recovered && argp == p.argp {
		p.recovered = true
		return p.arg
	}
	return nil
}

// wrapperargp is called first by the compiler's wrapper of a deferred call (argp being the
// wrapper's caller's stack pointer): when gopanic called the wrapper, the wrapped function
// counts as the deferred call, so recover works in it and not in the wrapper.
func wrapperargp(argp uintptr) {
	p := (*_panic)(getg()._panic)
	if p != nil && p.argp == argp {
		p.argp = getfp() + 16
	}
}

// callersp is the stack pointer of the function calling it.
func callersp() uintptr {
	return getfp() + 16
}

// gopanic is panic(e).
func gopanic(e any) {
	gp := getg()
	p := new(_panic)
	p.arg = e
	p.link = (*_panic)(gp._panic)
	gp._panic = unsafe.Pointer(p)
	for {
		d := (*_defer)(gp._defer)
		if d == nil {
			break
		}
		if d.started {
			// An earlier panic ran this call, which panicked: that panic is over.
			if d._panic != nil {
				d._panic.aborted = true
			}
			gp._defer = unsafe.Pointer(d.link)
			continue
		}
		d.started = true
		d._panic = p
		p.argp = callersp()
		fn := d.fn
		fn()
		p.argp = 0
		gp._defer = unsafe.Pointer(d.link)
		if p.recovered {
			recovery(gp, p, d)
		}
	}
	printpanics(p)
	printSignal(gp)
	dieWithGoroutine(2)
}

// recovery ends panic p, recovered by the call d deferred, and resumes d's function as if
// its deferproc call had returned with *d.resumed set.
func recovery(gp *g, p *_panic, d *_defer) {
	next := p.link
	for next != nil && next.aborted {
		next = next.link
	}
	gp._panic = unsafe.Pointer(next)
	if next == nil {
		gp.sig = 0
	}
	*d.resumed = true
	resume(d.sp, d.bp, d.pc)
}

// printpanics prints the panics of the goroutine, oldest first, as gc's report does.
func printpanics(p *_panic) {
	if p.link != nil {
		printpanics(p.link)
		printstring("\t")
	}
	printstring("panic: ")
	printpanicval(p.arg)
	if p.recovered {
		printstring(" [recovered]")
	}
	printnl()
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
	panicError(string(buf[:n]))
}

func panicdivide() { panicError("integer divide by zero") }
func panicshift()  { panicError("negative shift amount") }
func panicmem()    { panicError("invalid memory address or nil pointer dereference") }

// panicError panics with a run-time error whose message is msg.
func panicError(msg string) {
	gopanic(errorString(msg))
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
