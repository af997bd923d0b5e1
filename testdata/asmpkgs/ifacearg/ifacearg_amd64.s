#include "textflag.h"

TEXT ·dataWord(SB), NOSPLIT, $0-24
	MOVQ i_data+8(FP), AX
	MOVQ AX, ret+16(FP)
	RET

TEXT ·sameType(SB), NOSPLIT, $0-33
	MOVQ a_type+0(FP), AX
	CMPQ AX, b_type+16(FP)
	SETEQ ret+32(FP)
	RET
