#include "textflag.h"

TEXT ·add3(SB), NOSPLIT, $0-32
	MOVQ a+0(FP), AX
	ADDQ b+8(FP), AX
	ADDQ c+16(FP), AX
	MOVQ AX, ret+24(FP)
	RET

TEXT ·mulhi(SB), NOSPLIT, $0-24
	MOVQ a+0(FP), AX
	MULQ b+8(FP)
	MOVQ DX, ret+16(FP)
	RET
