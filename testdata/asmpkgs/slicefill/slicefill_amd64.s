#include "textflag.h"

TEXT ·fill(SB), NOSPLIT, $0-25
	MOVQ b_base+0(FP), DI
	MOVQ b_len+8(FP), CX
	MOVBLZX v+24(FP), AX
	CLD
	REP; STOSB
	RET

TEXT ·copyInts(SB), NOSPLIT, $0-56
	MOVQ dst_base+0(FP), DI
	MOVQ dst_len+8(FP), CX
	MOVQ src_base+24(FP), SI
	MOVQ src_len+32(FP), BX
	CMPQ BX, CX
	CMOVQLT BX, CX
	MOVQ CX, ret+48(FP)
	CLD
	REP; MOVSQ
	RET
