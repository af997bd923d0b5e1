#include "textflag.h"

TEXT ·window(SB), NOSPLIT, $0-64
	MOVQ s_base+0(FP), AX
	MOVQ s_cap+16(FP), DX
	MOVQ i+24(FP), CX
	MOVQ j+32(FP), BX
	SUBQ CX, BX
	SUBQ CX, DX
	LEAQ (AX)(CX*8), AX
	MOVQ AX, ret_base+40(FP)
	MOVQ BX, ret_len+48(FP)
	MOVQ DX, ret_cap+56(FP)
	RET
