#include "textflag.h"

TEXT ·abs(SB), NOSPLIT, $0-16
	JMP ·absImpl(SB)

TEXT ·absImpl(SB), NOSPLIT, $0-16
	MOVQ x+0(FP), AX
	MOVQ AX, BX
	NEGQ BX
	CMOVQGT BX, AX
	MOVQ AX, ret+8(FP)
	RET

TEXT ·double(SB), NOSPLIT, $0-16
	JMP ·twice(SB)
