#include "textflag.h"

TEXT ·sumSquares(SB), NOSPLIT, $24-32
	MOVQ a+0(FP), AX
	IMULQ AX, AX
	MOVQ AX, x-8(SP)
	MOVQ b+8(FP), AX
	IMULQ AX, AX
	MOVQ AX, y-16(SP)
	MOVQ c+16(FP), AX
	IMULQ AX, AX
	ADDQ x-8(SP), AX
	ADDQ y-16(SP), AX
	MOVQ AX, ret+24(FP)
	RET

TEXT ·spill(SB), NOSPLIT, $16-24
	MOVQ a+0(FP), AX
	MOVQ AX, 0(SP)
	MOVQ b+8(FP), AX
	MOVQ AX, 8(SP)
	MOVQ 0(SP), AX
	ADDQ 8(SP), AX
	MOVQ AX, ret+16(FP)
	RET

// deep fills 8000 bytes of locals with n and sums them back.
TEXT ·deep(SB), $8000-16
	MOVQ n+0(FP), AX
	MOVQ $1000, CX
fill:
	MOVQ AX, -8(SP)(CX*8)
	DECQ CX
	JNE fill
	XORQ BX, BX
	MOVQ $1000, CX
sum:
	ADDQ -8(SP)(CX*8), BX
	DECQ CX
	JNE sum
	MOVQ BX, ret+8(FP)
	RET
