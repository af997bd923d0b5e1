#include "textflag.h"

// Array elements are named a_0, a_1, … as go vet's asmdecl names them.
TEXT ·sum4(SB), NOSPLIT, $0-20
	MOVL a_0+0(FP), AX
	ADDL a_1+4(FP), AX
	ADDL a_2+8(FP), AX
	ADDL a_3+12(FP), AX
	MOVL AX, ret+16(FP)
	RET

TEXT ·rev3(SB), NOSPLIT, $0-14
	MOVW a_0+0(FP), AX
	MOVW AX, ret_2+12(FP)
	MOVW a_1+2(FP), AX
	MOVW AX, ret_1+10(FP)
	MOVW a_2+4(FP), AX
	MOVW AX, ret_0+8(FP)
	RET
