// Stand-ins for the Go half of the runtime, so that the assembly entry path
// (src/main/go/runtime/*.s) can be linked and run before jgo compiles Go: the runtime's
// variables, args/schedinit/main/newstack, and a main.main that checks what rt0_go set up.
// Run with one argument it prints "entry ok"; with two it recurses until morestack.
#include "textflag.h"
#include "offsets_amd64.h"

GLOBL runtime·m0(SB), NOPTR, $112
GLOBL runtime·g0(SB), NOPTR, $160
GLOBL runtime·mainG(SB), NOPTR, $160
GLOBL runtime·g0Stack(SB), NOPTR, $65536
GLOBL argc<>(SB), NOPTR, $8

DATA okmsg<>+0(SB)/8, $"entry ok"
DATA okmsg<>+8(SB)/1, $"\n"
GLOBL okmsg<>(SB), RODATA, $9
DATA badmsg<>+0(SB)/8, $"bad g\n"
GLOBL badmsg<>(SB), RODATA, $8
DATA ovmsg<>+0(SB)/8, $"overflow"
DATA ovmsg<>+8(SB)/8, $" on g0\n"
GLOBL ovmsg<>(SB), RODATA, $16

TEXT runtime·args<ABIInternal>(SB),NOSPLIT,$0-16
	MOVQ	AX, argc<>(SB)
	RET

TEXT runtime·schedinit<ABIInternal>(SB),NOSPLIT,$0
	LEAQ	runtime·g0(SB), AX
	LEAQ	runtime·m0(SB), BX
	MOVQ	AX, m_g0(BX)
	MOVQ	BX, g_m(AX)
	MOVQ	BX, g_m(R14)
	LEAQ	runtime·g0Stack(SB), CX
	MOVQ	CX, g_stack_lo(AX)
	ADDQ	$65536, CX
	MOVQ	CX, g_stack_hi(AX)
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
TEXT main·main<ABIInternal>(SB),NOSPLIT,$24-0
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
	LEAQ	okmsg<>(SB), AX
	MOVQ	$1, 0(SP)
	MOVQ	AX, 8(SP)
	MOVL	$9, 16(SP)
	CALL	runtime·write(SB)
	RET
overflow:
	CALL	main·deep(SB)
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
