#include "textflag.h"

TEXT ·sub32(SB), NOSPLIT, $0-12
	MOVL a+0(FP), AX
	SUBL b+4(FP), AX
	MOVL AX, ret+8(FP)
	RET

TEXT ·ext32(SB), NOSPLIT, $0-16
	MOVLQSX a+0(FP), AX
	MOVQ AX, ret+8(FP)
	RET

TEXT ·zext32(SB), NOSPLIT, $0-16
	MOVL a+0(FP), AX
	MOVQ AX, ret+8(FP)
	RET
