package runtime

import "unsafe"

// Signals. Only SIGSEGV is handled so far: a fault in Go code becomes a nil-dereference panic
// the way gc does it — the handler makes the faulting goroutine look as if it had called
// sigpanic at the faulting instruction, so the panic happens on the goroutine's own stack
// (where deferred calls see it and recover stops it).

const (
	_SIGSEGV = 11

	_SA_SIGINFO  = 0x4
	_SA_ONSTACK  = 0x08000000
	_SA_RESTORER = 0x04000000

	_SI_USER = 0

	_RLIMIT_STACK = 3
)

// sigactiont is the kernel's struct sigaction on x86-64.
type sigactiont struct {
	handler  uintptr
	flags    uint64
	restorer uintptr
	mask     uint64
}

// stackt is the kernel's stack_t.
type stackt struct {
	sp    uintptr
	flags int32
	_     int32
	size  uintptr
}

type rlimit struct {
	cur uint64
	max uint64
}

// siginfo is the start of the kernel's siginfo_t; addr is the fault address for SIGSEGV.
type siginfo struct {
	signo int32
	errno int32
	code  int32
	_     int32
	addr  uintptr
}

// Offsets of the saved SP and PC in the ucontext_t the kernel passes to a handler.
const (
	ucontextRSP = 160
	ucontextRIP = 168
)

// initSignals gives signal handlers their own stack and installs the SIGSEGV handler.
func initSignals() {
	gsignal0.stack = stack{uintptr(unsafe.Pointer(&signalStack[0])), uintptr(unsafe.Pointer(&signalStack[0])) + signalStackSize}
	gsignal0.stackguard0 = gsignal0.stack.lo + stackGuard
	gsignal0.stackguard1 = gsignal0.stackguard0
	gsignal0.m = &m0
	m0.gsignal = &gsignal0
	st := stackt{sp: gsignal0.stack.lo, size: signalStackSize}
	sigaltstack(&st, nil)
	sa := sigactiont{
		handler:  sigtrampPC(),
		flags:    _SA_SIGINFO | _SA_ONSTACK | _SA_RESTORER,
		restorer: sigreturnPC(),
	}
	if rt_sigaction(_SIGSEGV, &sa, nil, 8) != 0 {
		throw("cannot install the SIGSEGV handler")
	}
}

// sighandler runs on the signal stack, on gsignal0, called by sigtramp. gp is the goroutine
// the signal interrupted.
func sighandler(sig uint32, info *siginfo, ctx unsafe.Pointer, gp *g) {
	pc := (*uintptr)(add(ctx, ucontextRIP))
	sp := (*uintptr)(add(ctx, ucontextRSP))
	gp.sig = sig
	gp.sigcode0 = uintptr(info.code)
	gp.sigcode1 = info.addr
	gp.sigpc = *pc
	// Push the faulting PC as a return address, then resume at sigpanic.
	*sp -= 8
	*(*uintptr)(unsafe.Pointer(*sp)) = *pc
	*pc = sigpanicPC()
}

// sigpanic runs on the goroutine that faulted, as if called at the faulting instruction.
func sigpanic() {
	gp := getg()
	if gp.sig == _SIGSEGV && (gp.sigcode0 == _SI_USER || gp.sigcode1 < 0x1000) {
		panicmem()
	}
	printstring("unexpected fault address ")
	printhex(uint64(gp.sigcode1))
	printnl()
	throw("fault")
}

func signalName(sig uint32) string {
	if sig == _SIGSEGV {
		return "SIGSEGV: segmentation violation"
	}
	return "signal"
}
