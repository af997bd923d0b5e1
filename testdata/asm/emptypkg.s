// ""·name spells the current package explicitly (gc 1.19's assembler rejects it; jgo accepts it).
#include "textflag.h"

TEXT ""·f(SB), NOSPLIT, $0-0
	MOVQ ""·v(SB), AX
	LEAQ ""·v+8(SB), BX
	MOVQ $""·v(SB), CX
	CALL ""·f(SB)
	RET

GLOBL ""·v(SB), NOPTR, $16
