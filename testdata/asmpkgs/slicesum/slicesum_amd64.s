#include "textflag.h"

TEXT ·sum(SB), NOSPLIT, $0-32
	MOVQ s_base+0(FP), SI
	MOVQ s_len+8(FP), CX
	XORQ AX, AX
loop:
	TESTQ CX, CX
	JEQ done
	ADDQ (SI), AX
	ADDQ $8, SI
	DECQ CX
	JMP loop
done:
	MOVQ AX, ret+24(FP)
	RET

TEXT ·capOf(SB), NOSPLIT, $0-32
	MOVQ s_cap+16(FP), AX
	MOVQ AX, ret+24(FP)
	RET
