#include "textflag.h"

TEXT ·not(SB), NOSPLIT, $0-9
	MOVBLZX b+0(FP), AX
	XORL $1, AX
	MOVB AX, ret+8(FP)
	RET

TEXT ·isNil(SB), NOSPLIT, $0-9
	MOVQ p+0(FP), AX
	TESTQ AX, AX
	SETEQ ret+8(FP)
	RET

TEXT ·addr(SB), NOSPLIT, $0-16
	MOVQ p+0(FP), AX
	MOVQ AX, ret+8(FP)
	RET
