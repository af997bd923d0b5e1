#include "textflag.h"

TEXT ·add(SB), NOSPLIT, $0-24
	MOVQ a+0(FP), AX
	ADDQ b+8(FP), AX
	MOVQ AX, ret+16(FP)
	RET

TEXT ·sub3(SB), NOSPLIT, $0-40
	MOVQ a+0(FP), AX
	SUBQ b+8(FP), AX
	MOVQ AX, ret+24(FP)
	SUBQ c+16(FP), AX
	MOVQ AX, ret1+32(FP)
	RET
