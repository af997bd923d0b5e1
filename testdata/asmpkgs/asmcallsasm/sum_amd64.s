#include "textflag.h"

TEXT ·sumFib(SB), $24-16
	MOVQ $0, 16(SP)
	MOVQ n+0(FP), AX
loop:
	TESTQ AX, AX
	JLT done
	MOVQ AX, 0(SP)
	CALL ·fib(SB)
	MOVQ 8(SP), BX
	ADDQ BX, 16(SP)
	MOVQ 0(SP), AX
	DECQ AX
	JMP loop
done:
	MOVQ 16(SP), AX
	MOVQ AX, ret+8(FP)
	RET
