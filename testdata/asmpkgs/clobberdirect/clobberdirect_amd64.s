#include "textflag.h"

TEXT ·clobber(SB), NOSPLIT, $0-16
	MOVQ $0, R14
	MOVQ $-1, AX
	MOVQ AX, X15
	MOVQ x+0(FP), AX
	INCQ AX
	MOVQ AX, ret+8(FP)
	RET
