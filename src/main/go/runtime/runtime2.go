// Package runtime is jgo's run-time support: program entry, memory, strings, printing and
// run-time errors. The first milestone has one thread, one goroutine and no garbage collector.
package runtime

import "unsafe"

// stack is the range [lo, hi) of a goroutine's stack.
type stack struct {
	lo uintptr
	hi uintptr
}

// gobuf is a saved execution context; morestack fills one in, the scheduler will resume them.
type gobuf struct {
	sp   uintptr
	pc   uintptr
	g    *g
	ctxt unsafe.Pointer
	ret  uintptr
	lr   uintptr
	bp   uintptr
}

// g is a goroutine. The first fields are read by generated code and by assembly, at fixed
// offsets (offsets_amd64.h): the stack bounds at 0 and 8, the guard every function prologue
// compares SP with at 16 (CMPQ SP, 16(R14)), and the panic list at 32 (WRAPPER prologues).
type g struct {
	stack       stack
	stackguard0 uintptr
	stackguard1 uintptr
	_panic      unsafe.Pointer
	_defer      unsafe.Pointer
	m           *m
	sched       gobuf
	goid        int64

	// The signal that is being turned into a panic (sigpanic reads these).
	sig      uint32
	sigcode0 uintptr
	sigcode1 uintptr
	sigpc    uintptr
}

// m is an OS thread. tls holds the thread's g in tls[0]; the FS base points at tls[1], so
// that g is the word at -8(FS) where the assembler and the compiler expect it.
type m struct {
	g0      *g
	morebuf gobuf
	tls     [4]uintptr
	curg    *g
	gsignal *g
}

// stackGuard is how far above stack.lo the guard sits: a NOSPLIT chain and a small frame may
// run below the guard, never below lo (gc's value for linux/amd64).
const stackGuard = 928

// Sizes of the statically allocated stacks: g0 runs fatal-error paths (morestack switches to
// it), gsignal runs signal handlers (installed with sigaltstack).
const (
	g0StackSize     = 64 << 10
	signalStackSize = 32 << 10
)

var (
	m0       m
	g0       g
	gsignal0 g
	// mainG is goroutine 1; it runs on the stack the kernel gave the process.
	mainG g

	g0Stack     [g0StackSize]byte
	signalStack [signalStackSize]byte

	argc int32
	argv **byte
)
