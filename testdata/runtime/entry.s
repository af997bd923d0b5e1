// Stand-ins for the Go half of the runtime, so that the assembly entry path
// (src/main/go/runtime/*.s) can be linked and run before jgo compiles Go: the runtime's
// variables, args/schedinit/main/newstack, and a main.main that checks what rt0_go set up.
// Run with one argument it prints "entry ok"; with two it recurses until morestack; with three
// it dereferences nil, and the SIGSEGV must arrive on gsignal and resume the goroutine in
// sigpanic; with four it moves overlapping bytes in memory from mmap and writes them.
#include "textflag.h"
#include "offsets_amd64.h"

GLOBL runtime·m0(SB), NOPTR, $112
GLOBL runtime·g0(SB), NOPTR, $160
GLOBL runtime·mainG(SB), NOPTR, $160
GLOBL runtime·g0Stack(SB), NOPTR, $65536
GLOBL argc<>(SB), NOPTR, $8
GLOBL runtime·gsignal0(SB), NOPTR, $160
GLOBL sigstack<>(SB), NOPTR, $32768
GLOBL sa<>(SB), NOPTR, $32	// struct sigaction
GLOBL ss<>(SB), NOPTR, $24	// stack_t
GLOBL faultpc<>(SB), NOPTR, $8

DATA okmsg<>+0(SB)/8, $"entry ok"
DATA okmsg<>+8(SB)/1, $"\n"
GLOBL okmsg<>(SB), RODATA, $9
DATA badmsg<>+0(SB)/8, $"bad g\n"
GLOBL badmsg<>(SB), RODATA, $8
DATA ovmsg<>+0(SB)/8, $"overflow"
DATA ovmsg<>+8(SB)/8, $" on g0\n"
GLOBL ovmsg<>(SB), RODATA, $16
DATA sigmsg<>+0(SB)/8, $"sigpanic"
DATA sigmsg<>+8(SB)/8, $" ok\n"
GLOBL sigmsg<>(SB), RODATA, $16
DATA digits<>+0(SB)/8, $"01234567"
DATA digits<>+8(SB)/2, $"89"
GLOBL digits<>(SB), RODATA, $10

TEXT runtime·args<ABIInternal>(SB),NOSPLIT,$0-16
	MOVQ	AX, argc<>(SB)
	RET

TEXT runtime·schedinit<ABIInternal>(SB),NOSPLIT,$40
	LEAQ	runtime·g0(SB), AX
	LEAQ	runtime·m0(SB), BX
	MOVQ	AX, m_g0(BX)
	MOVQ	BX, g_m(AX)
	MOVQ	BX, g_m(R14)
	LEAQ	runtime·g0Stack(SB), CX
	MOVQ	CX, g_stack_lo(AX)
	ADDQ	$65536, CX
	MOVQ	CX, g_stack_hi(AX)

	// The signal goroutine and its stack, as initSignals sets them up.
	LEAQ	runtime·gsignal0(SB), AX
	MOVQ	AX, m_gsignal(BX)
	MOVQ	BX, g_m(AX)
	LEAQ	sigstack<>(SB), CX
	MOVQ	CX, g_stack_lo(AX)
	MOVQ	CX, ss<>+0(SB)
	MOVQ	$32768, ss<>+16(SB)
	ADDQ	$32768, CX
	MOVQ	CX, g_stack_hi(AX)
	LEAQ	ss<>(SB), AX
	MOVQ	AX, 0(SP)
	MOVQ	$0, 8(SP)
	CALL	runtime·sigaltstack(SB)
	CALL	runtime·sigtrampPC(SB)
	MOVQ	0(SP), AX
	MOVQ	AX, sa<>+0(SB)
	MOVQ	$0x0C000004, sa<>+8(SB)	// SA_SIGINFO|SA_ONSTACK|SA_RESTORER
	CALL	runtime·sigreturnPC(SB)
	MOVQ	0(SP), AX
	MOVQ	AX, sa<>+16(SB)
	MOVQ	$11, 0(SP)	// SIGSEGV
	LEAQ	sa<>(SB), AX
	MOVQ	AX, 8(SP)
	MOVQ	$0, 16(SP)
	MOVQ	$8, 24(SP)
	CALL	runtime·rt_sigaction(SB)
	RET

// sighandler: on gsignal, with the interrupted goroutine; redirects it to sigpanic0 as the
// Go sighandler does.
TEXT runtime·sighandler<ABIInternal>(SB),NOSPLIT,$16
	LEAQ	runtime·gsignal0(SB), R8
	CMPQ	R8, R14
	JNE	bad
	MOVQ	(TLS), R9
	CMPQ	R8, R9
	JNE	bad
	LEAQ	runtime·mainG(SB), R8
	CMPQ	R8, DI
	JNE	bad
	CMPL	AX, $11
	JNE	bad
	CMPQ	SP, g_stack_lo(R14)
	JLS	bad
	MOVQ	160(CX), DX	// the goroutine's SP
	SUBQ	$8, DX
	MOVQ	168(CX), SI	// the faulting PC, pushed as a return address
	MOVQ	SI, (DX)
	MOVQ	SI, faultpc<>(SB)
	MOVQ	DX, 160(CX)
	MOVQ	CX, 8(SP)
	CALL	runtime·sigpanicPC(SB)
	MOVQ	0(SP), AX
	MOVQ	8(SP), CX
	MOVQ	AX, 168(CX)
	RET
bad:
	MOVL	$4, 0(SP)
	CALL	runtime·exit(SB)
	RET

// sigpanic: back on the goroutine, as if called from the faulting instruction.
TEXT runtime·sigpanic<ABIInternal>(SB),NOSPLIT,$24
	LEAQ	runtime·mainG(SB), AX
	CMPQ	AX, R14
	JNE	bad
	MOVQ	(TLS), BX
	CMPQ	AX, BX
	JNE	bad
	MOVQ	X15, CX
	TESTQ	CX, CX
	JNE	bad
	MOVQ	32(SP), AX	// the return address, above this frame and its saved BP
	CMPQ	AX, faultpc<>(SB)
	JNE	bad
	LEAQ	sigmsg<>(SB), AX
	MOVQ	$2, 0(SP)
	MOVQ	AX, 8(SP)
	MOVL	$12, 16(SP)
	CALL	runtime·write(SB)
	MOVL	$2, 0(SP)
	CALL	runtime·exit(SB)
	RET
bad:
	MOVL	$5, 0(SP)
	CALL	runtime·exit(SB)
	RET

TEXT runtime·main<ABIInternal>(SB),NOSPLIT,$8-0
	CALL	main·main<ABIInternal>(SB)
	MOVL	$0, 0(SP)
	CALL	runtime·exit(SB)
	RET

// newstack: must run on g0's stack with g0 in R14 and TLS, after morestack recorded f.
TEXT runtime·newstack<ABIInternal>(SB),NOSPLIT,$24
	LEAQ	runtime·g0(SB), AX
	CMPQ	AX, R14
	JNE	bad
	MOVQ	(TLS), BX
	CMPQ	AX, BX
	JNE	bad
	CMPQ	SP, g_stack_lo(AX)
	JLS	bad
	CMPQ	SP, g_stack_hi(AX)
	JCC	bad
	LEAQ	runtime·mainG(SB), AX
	MOVQ	(g_sched+gobuf_pc)(AX), BX
	LEAQ	main·deep(SB), CX
	CMPQ	BX, CX	// f's PC is inside deep
	JLS	bad
	LEAQ	ovmsg<>(SB), AX
	MOVQ	$2, 0(SP)
	MOVQ	AX, 8(SP)
	MOVL	$15, 16(SP)
	CALL	runtime·write(SB)
	MOVL	$2, 0(SP)
	CALL	runtime·exit(SB)
	RET
bad:
	MOVL	$3, 0(SP)
	CALL	runtime·exit(SB)
	RET

// main.main, called as Go code: g in R14 and at -8(FS), X15 zero, SP inside g's bounds.
TEXT main·main<ABIInternal>(SB),NOSPLIT,$64-0
	MOVQ	(TLS), AX
	CMPQ	AX, R14
	JNE	bad
	LEAQ	runtime·mainG(SB), BX
	CMPQ	AX, BX
	JNE	bad
	MOVQ	X15, CX
	TESTQ	CX, CX
	JNE	bad
	CMPQ	SP, g_stackguard0(R14)
	JLS	bad
	CMPQ	SP, g_stack_hi(R14)
	JCC	bad
	CMPQ	argc<>(SB), $3
	JEQ	overflow
	CMPQ	argc<>(SB), $4
	JEQ	fault
	CMPQ	argc<>(SB), $5
	JEQ	memory
	LEAQ	okmsg<>(SB), AX
	MOVQ	$1, 0(SP)
	MOVQ	AX, 8(SP)
	MOVL	$9, 16(SP)
	CALL	runtime·write(SB)
	RET
overflow:
	CALL	main·deep(SB)
	RET
fault:
	MOVQ	$0, AX
	MOVQ	(AX), AX
	RET
memory:
	// p, err := mmap(nil, 65536, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0)
	MOVQ	$0, 0(SP)
	MOVQ	$65536, 8(SP)
	MOVL	$3, 16(SP)
	MOVL	$0x22, 20(SP)
	MOVL	$-1, 24(SP)
	MOVL	$0, 28(SP)
	CALL	runtime·mmap(SB)
	CMPQ	40(SP), $0
	JNE	bad
	MOVQ	32(SP), AX
	MOVQ	AX, 56(SP)
	// "0123456789", then a backward overlapping move: "0101234789",
	// then a forward one: "2347834789", then the last two bytes cleared.
	// memmove and memclrNoHeapPointers are ABIInternal: arguments in AX, BX, CX.
	LEAQ	digits<>(SB), BX
	MOVQ	$10, CX
	CALL	runtime·memmove<ABIInternal>(SB)
	MOVQ	56(SP), BX
	LEAQ	2(BX), AX
	MOVQ	$5, CX
	CALL	runtime·memmove<ABIInternal>(SB)
	MOVQ	56(SP), AX
	LEAQ	4(AX), BX
	MOVQ	$5, CX
	CALL	runtime·memmove<ABIInternal>(SB)
	MOVQ	56(SP), AX
	ADDQ	$8, AX
	MOVQ	$2, BX
	CALL	runtime·memclrNoHeapPointers<ABIInternal>(SB)
	MOVQ	$1, 0(SP)
	MOVQ	56(SP), AX
	MOVQ	AX, 8(SP)
	MOVL	$10, 16(SP)
	CALL	runtime·write(SB)
	RET
bad:
	LEAQ	badmsg<>(SB), AX
	MOVQ	$1, 0(SP)
	MOVQ	AX, 8(SP)
	MOVL	$6, 16(SP)
	CALL	runtime·write(SB)
	MOVL	$3, 0(SP)
	CALL	runtime·exit(SB)
	RET

// Recursion with a frame big enough for the prologue's large-frame check.
TEXT main·deep(SB),$1024-0
	CALL	main·deep(SB)
	RET
