#include "textflag.h"

TEXT ·fallsOff(SB), NOSPLIT, $0-16
	MOVQ x+0(FP), AX
	MOVQ AX, ret+8(FP)

TEXT ·empty(SB), NOSPLIT, $0-0

TEXT ·endsInRet(SB), NOSPLIT, $0-16
	MOVQ x+0(FP), AX
	MOVQ AX, ret+8(FP)
	RET

TEXT ·loops(SB), NOSPLIT, $0-0
again:
	PAUSE
	JMP again

TEXT ·tailCall(SB), NOSPLIT, $0-16
	JMP ·endsInRet(SB)

TEXT ·trap(SB), NOSPLIT, $0-0
	UNDEF
