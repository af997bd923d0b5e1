#include "textflag.h"
#include "funcdata.h"

// Locals: 0(SP) argument/result area of f, i at 16(SP), sum at 24(SP).
TEXT ·integrate(SB), $32-16
	NO_LOCAL_POINTERS
	MOVQ $0, 16(SP)
	XORPS X0, X0
	MOVSD X0, 24(SP)
loop:
	MOVQ 16(SP), AX
	CMPQ AX, n+0(FP)
	JGE done
	CVTSQ2SD AX, X0
	CVTSQ2SD n+0(FP), X1
	DIVSD X1, X0
	MOVSD X0, 0(SP)
	CALL ·f(SB)
	MOVSD 8(SP), X0
	CVTSQ2SD n+0(FP), X1
	DIVSD X1, X0
	ADDSD 24(SP), X0
	MOVSD X0, 24(SP)
	INCQ 16(SP)
	JMP loop
done:
	MOVSD 24(SP), X0
	MOVSD X0, ret+8(FP)
	RET
