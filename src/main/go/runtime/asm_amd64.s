// Program entry, the stack-overflow path, memory primitives and the bounds-failure stubs.
#include "textflag.h"
#include "offsets_amd64.h"

// The kernel starts the process with argc at 0(SP), then argv.
TEXT _rt0_amd64_linux(SB),NOSPLIT|NOFRAME,$0
	MOVQ	0(SP), DI	// argc
	LEAQ	8(SP), SI	// argv
	JMP	runtime·rt0_go(SB)

// rt0_go sets up goroutine 1 on the process stack and calls the Go start-up code.
TEXT runtime·rt0_go(SB),NOSPLIT|NOFRAME|TOPFRAME,$0
	MOVQ	DI, R12	// argc; a system call keeps R12 and R13
	MOVQ	SI, R13	// argv
	// Outgoing area for the Go calls below (their spill slots), 16-byte aligned.
	SUBQ	$32, SP
	ANDQ	$~15, SP

	// Provisional bounds: 64 KiB under the entry SP; schedinit extends them to the rlimit.
	LEAQ	runtime·mainG(SB), R14
	MOVQ	SP, AX
	MOVQ	AX, g_stack_hi(R14)
	SUBQ	$(64*1024), AX
	MOVQ	AX, g_stack_lo(R14)
	ADDQ	$STACK_GUARD, AX
	MOVQ	AX, g_stackguard0(R14)
	MOVQ	AX, g_stackguard1(R14)

	// FS base = &m0.tls[1], so that g is the word at -8(FS).
	MOVQ	$0x1002, DI	// ARCH_SET_FS
	LEAQ	runtime·m0+m_tls+8(SB), SI
	MOVL	$158, AX	// SYS_arch_prctl
	SYSCALL
	CMPQ	AX, $0xfffffffffffff001
	JLS	tlsok
	MOVL	$0xf1, 0xf1	// crash: no TLS
tlsok:
	MOVQ	R14, (TLS)
	MOVQ	(TLS), AX
	CMPQ	AX, R14
	JEQ	gok
	MOVL	$0xf1, 0xf1	// crash: TLS does not hold g
gok:
	// Enter Go code: g in R14 (set above), X15 zero.
	XORPS	X15, X15
	MOVL	R12, AX
	MOVQ	R13, BX
	CALL	runtime·args<ABIInternal>(SB)
	CALL	runtime·schedinit<ABIInternal>(SB)
	// main runs on mainG's stack, below an outgoing area at its top.
	LEAQ	runtime·mainG(SB), AX
	MOVQ	g_stack_hi(AX), SP
	SUBQ	$32, SP
	CALL	runtime·main<ABIInternal>(SB)
	MOVL	$0xf1, 0xf1	// main exits the process; crash if it returns
	RET

// func getg() *g: the current goroutine, from TLS. ABIInternal: Go calls it without a wrapper.
TEXT runtime·getg<ABIInternal>(SB),NOSPLIT,$0-8
	MOVQ	(TLS), AX
	RET

// morestack is called by a function f whose prologue found too little stack, with f's frame
// not yet allocated: 0(SP) is the return address into f, 8(SP) f's return address into its
// caller, register arguments already spilled by f. It records both contexts as gc does
// (g.sched is f, m.morebuf f's caller) and calls newstack on g0's stack. DX is f's closure
// context (morestack_noctxt clears it).
TEXT runtime·morestack(SB),NOSPLIT|NOFRAME,$0-0
	MOVQ	(TLS), SI
	MOVQ	g_m(SI), BX
	CMPQ	SI, m_g0(BX)
	JNE	notg0
	MOVL	$0xf1, 0xf1	// crash: g0's stack cannot grow
notg0:
	MOVQ	8(SP), AX	// f's caller's PC
	MOVQ	AX, (m_morebuf+gobuf_pc)(BX)
	LEAQ	16(SP), AX	// f's caller's SP
	MOVQ	AX, (m_morebuf+gobuf_sp)(BX)
	MOVQ	SI, (m_morebuf+gobuf_g)(BX)
	MOVQ	0(SP), AX	// f's PC
	MOVQ	AX, (g_sched+gobuf_pc)(SI)
	LEAQ	8(SP), AX	// f's SP
	MOVQ	AX, (g_sched+gobuf_sp)(SI)
	MOVQ	BP, (g_sched+gobuf_bp)(SI)
	MOVQ	DX, (g_sched+gobuf_ctxt)(SI)

	MOVQ	m_g0(BX), R14
	MOVQ	R14, (TLS)
	MOVQ	g_stack_hi(R14), SP
	XORPS	X15, X15
	CALL	runtime·newstack<ABIInternal>(SB)
	MOVL	$0xf1, 0xf1	// newstack does not return
	RET

TEXT runtime·morestack_noctxt(SB),NOSPLIT|NOFRAME,$0
	MOVL	$0, DX
	JMP	runtime·morestack(SB)

// func memmove(to, from unsafe.Pointer, n uintptr), ABIInternal as in gc (to in AX, from in
// BX, n in CX): the compiler calls it for copy and append, Go code calls it directly.
TEXT runtime·memmove<ABIInternal>(SB),NOSPLIT,$0-24
	MOVQ	AX, DI
	MOVQ	BX, SI
	// Copy backwards only when the destination starts inside the source.
	CMPQ	DI, SI
	JLS	forward
	LEAQ	(SI)(CX*1), AX
	CMPQ	DI, AX
	JCC	forward
	LEAQ	-1(DI)(CX*1), DI
	LEAQ	-1(SI)(CX*1), SI
	STD
	REP;	MOVSB
	CLD
	RET
forward:
	REP;	MOVSB
	RET

// func memclrNoHeapPointers(ptr unsafe.Pointer, n uintptr), ABIInternal (ptr in AX, n in BX).
TEXT runtime·memclrNoHeapPointers<ABIInternal>(SB),NOSPLIT,$0-16
	MOVQ	AX, DI
	MOVQ	BX, CX
	XORL	AX, AX
	REP;	STOSB
	RET

// sigpanic0 is where the SIGSEGV handler resumes a faulting goroutine, with the faulting PC
// pushed as if it had made a call. g and X15 may hold anything there.
TEXT runtime·sigpanic0(SB),NOSPLIT|NOFRAME,$0-0
	MOVQ	(TLS), R14
	XORPS	X15, X15
	JMP	runtime·sigpanic<ABIInternal>(SB)

TEXT runtime·sigpanicPC(SB),NOSPLIT,$0-8
	LEAQ	runtime·sigpanic0(SB), AX
	MOVQ	AX, ret+0(FP)
	RET

// Bounds failures. The compiler's PanicBounds calls these with the index and the bound in
// gc's registers for each kind; they pass goPanicBounds the index in AX, the bound in BX and
// the kind (dev.jgo.ssagen.BoundsKind's ordinal) in CX.
TEXT runtime·panicIndex<ABIInternal>(SB),NOSPLIT,$0-16
	MOVQ	CX, BX
	MOVQ	$0, CX
	JMP	runtime·goPanicBounds<ABIInternal>(SB)
TEXT runtime·panicIndexU<ABIInternal>(SB),NOSPLIT,$0-16
	MOVQ	CX, BX
	MOVQ	$1, CX
	JMP	runtime·goPanicBounds<ABIInternal>(SB)
TEXT runtime·panicSliceAlen<ABIInternal>(SB),NOSPLIT,$0-16
	MOVQ	CX, AX
	MOVQ	DX, BX
	MOVQ	$2, CX
	JMP	runtime·goPanicBounds<ABIInternal>(SB)
TEXT runtime·panicSliceAlenU<ABIInternal>(SB),NOSPLIT,$0-16
	MOVQ	CX, AX
	MOVQ	DX, BX
	MOVQ	$3, CX
	JMP	runtime·goPanicBounds<ABIInternal>(SB)
TEXT runtime·panicSliceAcap<ABIInternal>(SB),NOSPLIT,$0-16
	MOVQ	CX, AX
	MOVQ	DX, BX
	MOVQ	$4, CX
	JMP	runtime·goPanicBounds<ABIInternal>(SB)
TEXT runtime·panicSliceAcapU<ABIInternal>(SB),NOSPLIT,$0-16
	MOVQ	CX, AX
	MOVQ	DX, BX
	MOVQ	$5, CX
	JMP	runtime·goPanicBounds<ABIInternal>(SB)
TEXT runtime·panicSliceB<ABIInternal>(SB),NOSPLIT,$0-16
	MOVQ	CX, BX
	MOVQ	$6, CX
	JMP	runtime·goPanicBounds<ABIInternal>(SB)
TEXT runtime·panicSliceBU<ABIInternal>(SB),NOSPLIT,$0-16
	MOVQ	CX, BX
	MOVQ	$7, CX
	JMP	runtime·goPanicBounds<ABIInternal>(SB)
TEXT runtime·panicSlice3Alen<ABIInternal>(SB),NOSPLIT,$0-16
	MOVQ	DX, AX
	MOVQ	$8, CX
	JMP	runtime·goPanicBounds<ABIInternal>(SB)
TEXT runtime·panicSlice3AlenU<ABIInternal>(SB),NOSPLIT,$0-16
	MOVQ	DX, AX
	MOVQ	$9, CX
	JMP	runtime·goPanicBounds<ABIInternal>(SB)
TEXT runtime·panicSlice3Acap<ABIInternal>(SB),NOSPLIT,$0-16
	MOVQ	DX, AX
	MOVQ	$10, CX
	JMP	runtime·goPanicBounds<ABIInternal>(SB)
TEXT runtime·panicSlice3AcapU<ABIInternal>(SB),NOSPLIT,$0-16
	MOVQ	DX, AX
	MOVQ	$11, CX
	JMP	runtime·goPanicBounds<ABIInternal>(SB)
TEXT runtime·panicSlice3B<ABIInternal>(SB),NOSPLIT,$0-16
	MOVQ	CX, AX
	MOVQ	DX, BX
	MOVQ	$12, CX
	JMP	runtime·goPanicBounds<ABIInternal>(SB)
TEXT runtime·panicSlice3BU<ABIInternal>(SB),NOSPLIT,$0-16
	MOVQ	CX, AX
	MOVQ	DX, BX
	MOVQ	$13, CX
	JMP	runtime·goPanicBounds<ABIInternal>(SB)
TEXT runtime·panicSlice3C<ABIInternal>(SB),NOSPLIT,$0-16
	MOVQ	CX, BX
	MOVQ	$14, CX
	JMP	runtime·goPanicBounds<ABIInternal>(SB)
TEXT runtime·panicSlice3CU<ABIInternal>(SB),NOSPLIT,$0-16
	MOVQ	CX, BX
	MOVQ	$15, CX
	JMP	runtime·goPanicBounds<ABIInternal>(SB)
TEXT runtime·panicSliceConvert<ABIInternal>(SB),NOSPLIT,$0-16
	MOVQ	DX, AX
	MOVQ	$16, CX
	JMP	runtime·goPanicBounds<ABIInternal>(SB)

// func Breakpoint()
TEXT runtime·Breakpoint(SB),NOSPLIT,$0-0
	INT	$3
	RET

// func getfp() uintptr: the caller's BP (this function has no frame of its own).
TEXT runtime·getfp(SB),NOSPLIT,$0-8
	MOVQ	BP, ret+0(FP)
	RET

// func resume(sp, bp, pc uintptr): continues a function after a recovered panic, where its
// deferproc call returns; g and X15 are re-established for the Go code there.
TEXT runtime·resume(SB),NOSPLIT,$0-24
	MOVQ	sp+0(FP), AX
	MOVQ	bp+8(FP), BP
	MOVQ	pc+16(FP), BX
	MOVQ	AX, SP
	MOVQ	(TLS), R14
	XORPS	X15, X15
	JMP	BX
