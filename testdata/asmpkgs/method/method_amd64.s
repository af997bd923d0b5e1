#include "textflag.h"

TEXT ·counterAdd(SB), NOSPLIT, $0-24
	MOVQ c+0(FP), DI
	MOVQ v+8(FP), AX
	ADDQ AX, 0(DI)
	INCL 8(DI)
	MOVQ 0(DI), AX
	MOVQ AX, ret+16(FP)
	RET

TEXT ·counterGet(SB), NOSPLIT, $0-24
	MOVQ c_n+0(FP), AX
	MOVQ AX, ret+16(FP)
	RET
