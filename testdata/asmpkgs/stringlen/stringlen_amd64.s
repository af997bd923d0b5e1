#include "textflag.h"

TEXT ·strlen(SB), NOSPLIT, $0-24
	MOVQ s_len+8(FP), AX
	MOVQ AX, ret+16(FP)
	RET

TEXT ·first(SB), NOSPLIT, $0-17
	MOVQ s_len+8(FP), CX
	XORL AX, AX
	TESTQ CX, CX
	JEQ done
	MOVQ s_base+0(FP), SI
	MOVB (SI), AX
done:
	MOVB AX, ret+16(FP)
	RET
