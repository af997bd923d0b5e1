// Assembled as package runtime: ABI selectors are allowed there.
#include "textflag.h"

TEXT runtime·internalfn<ABIInternal>(SB), NOSPLIT, $8-8
	MOVQ AX, x+0(FP)
	RET

TEXT runtime·caller(SB), NOSPLIT, $0-0
	CALL runtime·internalfn<ABIInternal>(SB)
	CALL ·internalfn(SB)
	MOVQ $runtime·internalfn<ABIInternal>(SB), AX
	RET

DATA runtime·mainPC+0(SB)/8, $runtime·internalfn<ABIInternal>(SB)
GLOBL runtime·mainPC(SB), RODATA, $8
