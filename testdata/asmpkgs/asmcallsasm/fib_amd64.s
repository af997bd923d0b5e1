#include "textflag.h"

TEXT ·fib(SB), $24-16
	MOVQ n+0(FP), AX
	CMPQ AX, $2
	JGE recurse
	MOVQ AX, ret+8(FP)
	RET
recurse:
	DECQ AX
	MOVQ AX, 0(SP)
	CALL ·fib(SB)
	MOVQ 8(SP), AX
	MOVQ AX, 16(SP)
	MOVQ n+0(FP), AX
	SUBQ $2, AX
	MOVQ AX, 0(SP)
	CALL ·fib(SB)
	MOVQ 8(SP), AX
	ADDQ 16(SP), AX
	MOVQ AX, ret+8(FP)
	RET
