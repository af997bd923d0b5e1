#include "textflag.h"

TEXT ·tail(SB), NOSPLIT, $0-40
	MOVQ s_base+0(FP), AX
	MOVQ s_len+8(FP), BX
	MOVQ i+16(FP), CX
	ADDQ CX, AX
	SUBQ CX, BX
	MOVQ AX, ret_base+24(FP)
	MOVQ BX, ret_len+32(FP)
	RET

TEXT ·pick(SB), NOSPLIT, $0-56
	MOVBLZX second+32(FP), CX
	TESTL CX, CX
	JNE useB
	MOVQ a_base+0(FP), AX
	MOVQ a_len+8(FP), BX
	JMP out
useB:
	MOVQ b_base+16(FP), AX
	MOVQ b_len+24(FP), BX
out:
	MOVQ AX, ret_base+40(FP)
	MOVQ BX, ret_len+48(FP)
	RET
