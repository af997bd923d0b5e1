#include "textflag.h"

// a at 0, b at 8, c at 16, d at 20, e at 24; results at 32 and 40.
TEXT ·mix(SB), NOSPLIT, $0-48
	MOVBQSX a+0(FP), AX
	MOVWQSX c+16(FP), BX
	ADDQ BX, AX
	ADDQ e+24(FP), AX
	MOVQ AX, ret+32(FP)
	CVTSS2SD d+20(FP), X0
	ADDSD b+8(FP), X0
	MOVSD X0, ret1+40(FP)
	RET
