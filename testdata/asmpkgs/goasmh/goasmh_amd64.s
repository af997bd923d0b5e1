#include "textflag.h"
#include "go_asm.h"

TEXT ·sumList(SB), NOSPLIT, $0-16
	MOVQ n+0(FP), SI
	XORQ AX, AX
loop:
	TESTQ SI, SI
	JEQ done
	ADDQ node_val(SI), AX
	MOVQ node_next(SI), SI
	JMP loop
done:
	MOVQ AX, ret+8(FP)
	RET

TEXT ·nodeSize(SB), NOSPLIT, $0-8
	MOVQ $node__size, ret+0(FP)
	RET

// inner's field b sits 2 bytes into node_inner.
TEXT ·innerB(SB), NOSPLIT, $0-10
	MOVQ n+0(FP), SI
	MOVW (node_inner+2)(SI), AX
	MOVW AX, ret+8(FP)
	RET

TEXT ·nameLen(SB), NOSPLIT, $0-16
	MOVQ e+0(FP), SI
	MOVQ (entry_name+8)(SI), AX
	MOVQ AX, ret+8(FP)
	RET
