#include "textflag.h"
#include "funcdata.h"

TEXT ·applyTwice(SB), $16-16
	NO_LOCAL_POINTERS
	MOVQ x+0(FP), AX
	MOVQ AX, 0(SP)
	CALL ·step(SB)
	MOVQ 8(SP), AX
	MOVQ AX, 0(SP)
	CALL ·step(SB)
	MOVQ 8(SP), AX
	MOVQ AX, ret+8(FP)
	RET
