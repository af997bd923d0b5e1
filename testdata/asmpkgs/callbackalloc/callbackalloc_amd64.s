#include "textflag.h"
#include "funcdata.h"

TEXT ·build(SB), $32-16
	NO_LOCAL_POINTERS
	MOVQ $0, 16(SP)
	MOVQ $0, 24(SP)
loop:
	MOVQ 16(SP), AX
	CMPQ AX, n+0(FP)
	JGE done
	// Clobber g and X15: the wrapper into Go must restore them.
	MOVQ $0, R14
	MOVQ $-1, BX
	MOVQ BX, X15
	MOVQ AX, 0(SP)
	CALL ·grow(SB)
	MOVQ 8(SP), AX
	ADDQ AX, 24(SP)
	INCQ 16(SP)
	JMP loop
done:
	MOVQ 24(SP), AX
	MOVQ AX, ret+8(FP)
	RET
