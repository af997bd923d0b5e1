#include "textflag.h"
#include "go_asm.h"

TEXT ·clamp(SB), NOSPLIT, $0-16
	MOVQ x+0(FP), AX
	MOVQ $const_limit, BX
	CMPQ AX, BX
	CMOVQGT BX, AX
	MOVQ AX, ret+8(FP)
	RET

TEXT ·low(SB), NOSPLIT, $0-16
	MOVQ x+0(FP), AX
	ANDQ $const_mask, AX
	SHLQ $const_shift, AX
	MOVQ AX, ret+8(FP)
	RET

TEXT ·consts(SB), NOSPLIT, $0-24
	MOVQ $const_letter, ret+0(FP)
	MOVQ $const_negative, ret1+8(FP)
	MOVQ $const_top, ret2+16(FP)
	RET
