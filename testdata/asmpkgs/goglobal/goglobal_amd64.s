#include "textflag.h"

TEXT ·accumulate(SB), NOSPLIT, $0-8
	MOVQ x+0(FP), AX
	ADDQ AX, ·total(SB)
	RET

TEXT ·weighted(SB), NOSPLIT, $0-8
	LEAQ ·weights(SB), SI
	XORQ AX, AX
	XORQ CX, CX
loop:
	CMPQ CX, $4
	JGE done
	MOVQ (SI)(CX*8), DX
	LEAQ 1(CX), BX
	IMULQ BX, DX
	ADDQ DX, AX
	INCQ CX
	JMP loop
done:
	MOVQ AX, ret+0(FP)
	RET
