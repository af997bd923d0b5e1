#include "textflag.h"

TEXT ·mulAdd(SB), NOSPLIT, $0-32
	MOVSD a+0(FP), X0
	MULSD b+8(FP), X0
	ADDSD c+16(FP), X0
	MOVSD X0, ret+24(FP)
	RET

TEXT ·sqrt(SB), NOSPLIT, $0-16
	SQRTSD x+0(FP), X0
	MOVSD X0, ret+8(FP)
	RET

TEXT ·half(SB), NOSPLIT, $0-16
	MOVSD x+0(FP), X0
	MULSD $0.5, X0
	MOVSD X0, ret+8(FP)
	RET
