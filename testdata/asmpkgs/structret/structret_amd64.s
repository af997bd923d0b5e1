#include "textflag.h"

TEXT ·ordered(SB), NOSPLIT, $0-33
	MOVQ a+0(FP), AX
	MOVQ b+8(FP), BX
	CMPQ AX, BX
	JLE inorder
	XCHGQ AX, BX
inorder:
	MOVQ AX, ret_lo+16(FP)
	MOVQ BX, ret_hi+24(FP)
	MOVB $1, ret_ok+32(FP)
	RET
