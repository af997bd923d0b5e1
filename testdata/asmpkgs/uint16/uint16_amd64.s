#include "textflag.h"

TEXT ·mul16(SB), NOSPLIT, $0-10
	MOVWLZX a+0(FP), AX
	MOVWLZX b+2(FP), BX
	IMULL BX, AX
	MOVW AX, ret+8(FP)
	RET

TEXT ·swap16(SB), NOSPLIT, $0-10
	MOVWLZX a+0(FP), AX
	ROLW $8, AX
	MOVW AX, ret+8(FP)
	RET
