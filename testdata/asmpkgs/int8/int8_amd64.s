#include "textflag.h"

TEXT ·add8(SB), NOSPLIT, $0-9
	MOVB a+0(FP), AX
	ADDB b+1(FP), AX
	MOVB AX, ret+8(FP)
	RET

TEXT ·neg8(SB), NOSPLIT, $0-9
	MOVB a+0(FP), AX
	NEGB AX
	MOVB AX, ret+8(FP)
	RET
