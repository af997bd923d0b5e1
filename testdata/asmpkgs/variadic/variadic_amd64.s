#include "textflag.h"

TEXT ·maxOf(SB), NOSPLIT, $0-40
	MOVQ first+0(FP), AX
	MOVQ xs_base+8(FP), SI
	MOVQ xs_len+16(FP), CX
loop:
	TESTQ CX, CX
	JEQ done
	MOVQ (SI), BX
	CMPQ BX, AX
	CMOVQGT BX, AX
	ADDQ $8, SI
	DECQ CX
	JMP loop
done:
	MOVQ AX, ret+32(FP)
	RET
