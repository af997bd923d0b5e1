#include "textflag.h"

TEXT ·manhattan(SB), NOSPLIT, $0-20
	MOVL p_x+0(FP), AX
	MOVL AX, BX
	NEGL BX
	CMOVLLT AX, BX
	MOVL p_y+4(FP), CX
	MOVL CX, DX
	NEGL DX
	CMOVLLT CX, DX
	ADDL DX, BX
	MOVL BX, ret+16(FP)
	RET

TEXT ·tagOf(SB), NOSPLIT, $0-17
	MOVB p_tag+8(FP), AX
	MOVB AX, ret+16(FP)
	RET
