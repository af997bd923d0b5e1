#include "textflag.h"

TEXT ·store(SB), NOSPLIT, $0-16
	MOVQ p+0(FP), DI
	MOVQ v+8(FP), AX
	MOVQ AX, (DI)
	RET

TEXT ·swap(SB), NOSPLIT, $0-16
	MOVQ a+0(FP), SI
	MOVQ b+8(FP), DI
	MOVQ (SI), AX
	MOVQ (DI), BX
	MOVQ BX, (SI)
	MOVQ AX, (DI)
	RET

TEXT ·incAll(SB), NOSPLIT, $0-8
	MOVQ p+0(FP), DI
	INCL 0(DI)
	INCL 4(DI)
	INCL 8(DI)
	RET
