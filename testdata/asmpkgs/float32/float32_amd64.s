#include "textflag.h"

TEXT ·add32(SB), NOSPLIT, $0-12
	MOVSS a+0(FP), X0
	ADDSS b+4(FP), X0
	MOVSS X0, ret+8(FP)
	RET

TEXT ·widen(SB), NOSPLIT, $0-16
	CVTSS2SD a+0(FP), X0
	MOVSD X0, ret+8(FP)
	RET

TEXT ·narrow(SB), NOSPLIT, $0-12
	CVTSD2SS a+0(FP), X0
	MOVSS X0, ret+8(FP)
	RET
