// Frames, FP and SP references, prologues with and without stack checks.
#include "textflag.h"

// func add(a, b int64) int64
TEXT ·add(SB), NOSPLIT, $0-24
	MOVQ a+0(FP), AX
	MOVQ b+8(FP), BX
	ADDQ BX, AX
	MOVQ AX, ret+16(FP)
	RET

// A leaf with a small frame: gc marks it NOSPLIT by itself.
TEXT ·leaf(SB), $16-24
	MOVQ a+0(FP), AX
	MOVQ AX, x-8(SP)
	MOVQ x-8(SP), CX
	MOVQ 8(SP), DX
	MOVQ CX, ret+16(FP)
	RET

TEXT ·leaf120(SB), $120-0
	RET

TEXT ·leaf112(SB), $112-0
	RET

// Calls: stack check against g's guard, g loaded from TLS.
TEXT ·caller(SB), $0-8
	MOVQ a+0(FP), AX
	CALL ·add(SB)
	RET

TEXT ·caller128(SB), $120-8
	CALL ·add(SB)
	RET

TEXT ·caller136(SB), $128-8
	CALL ·add(SB)
	RET

TEXT ·caller4096(SB), $4088-0
	CALL ·add(SB)
	RET

TEXT ·caller4104(SB), $4096-0
	CALL ·add(SB)
	RET

TEXT ·huge(SB), $70000-16
	MOVQ a+0(FP), AX
	MOVQ AX, y-70000(SP)
	CALL ·add(SB)
	MOVQ AX, r+8(FP)
	RET

TEXT ·nosplitcall(SB), NOSPLIT, $0-0
	CALL ·add(SB)
	RET

TEXT ·ctxt(SB), NEEDCTXT, $0-0
	CALL ·add(SB)
	RET

TEXT ·noframe(SB), NOSPLIT|NOFRAME, $16-8
	MOVQ x-8(SP), AX
	MOVQ y+0(FP), AX
	RET

TEXT ·negative(SB), NOSPLIT, $-4
	MOVQ y+0(FP), AX
	RET

TEXT ·unknownargs(SB), NOSPLIT, $0
	MOVQ y+0(FP), AX
	RET

// Tail call: no epilogue before JMP.
TEXT ·tail(SB), NOSPLIT, $8-8
	JMP ·add(SB)

TEXT ·tworets(SB), $24-8
	MOVQ a+0(FP), AX
	TESTQ AX, AX
	JEQ zero
	CALL ·add(SB)
	RET
zero:
	MOVQ $7, r+8(FP)
	RET

TEXT ·indexedfp(SB), NOSPLIT, $8-16
	MOVQ a+0(FP)(AX*8), BX
	LEAQ b+8(FP), CX
	RET

TEXT ·flags(SB), NOSPLIT|DUPOK|WRAPPER|TOPFRAME, $0-0
	RET

TEXT ·numericflags(SB), 4|2, $0-0
	RET

TEXT ·wrapper(SB), NOSPLIT|WRAPPER, $0-0
	RET

TEXT ·wrapper2(SB), WRAPPER, $16-8
	CALL ·add(SB)
	RET

TEXT ·wrapper3(SB), NOSPLIT|WRAPPER, $16-8
	RET

TEXT ·noframecall(SB), NOSPLIT|NOFRAME, $0-0
	CALL ·add(SB)
	RET

TEXT ·noframebig(SB), NOFRAME, $200-0
	CALL ·add(SB)
	RET

TEXT ·tailframe(SB), $32-0
	CALL ·add(SB)
	JMP ·add(SB)

TEXT ·empty(SB), NOSPLIT, $0-0

TEXT ·abiwrapper(SB), NOSPLIT|ABIWRAPPER|NOPROF|REFLECTMETHOD, $0-0
	RET

TEXT ·manyrets(SB), $8-8
	CMPQ AX, $0
	JEQ 3(PC)
	CALL ·add(SB)
	RET
	MOVQ $1, AX
	RET

TEXT ·minus8(SB), NOSPLIT, $-8-8
	MOVQ a+0(FP), AX
	RET

// PUSHQ, POPQ and ADJSP move the FP and pseudo-SP offsets along with SP.
TEXT ·pushes(SB), NOSPLIT, $8-16
	PUSHQ AX
	MOVQ x+0(FP), BX
	MOVQ y-8(SP), CX
	ADJSP $16
	MOVQ x+0(FP), BX
	ADJSP $-16
	POPQ AX
	PUSHFQ
	MOVQ x+8(FP), BX
	POPFQ
	MOVQ x+0(FP), BX
	RET

TEXT ·adjsp128(SB), NOSPLIT, $0-0
	ADJSP $-128
	ADJSP $128
	RET

// Calls to runtime panics that use no stack do not stop gc from marking a small function NOSPLIT.
TEXT ·lightcalls(SB), $16-0
	CALL runtime·panicdivide(SB)
	CALL runtime·panicIndex(SB)
	RET

TEXT ·lightcallsbig(SB), $112-0
	CALL runtime·panicshift(SB)
	RET

TEXT ·lightandheavy(SB), $16-0
	CALL runtime·panicwrap(SB)
	CALL ·add(SB)
	RET
