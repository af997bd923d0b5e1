// Operand combinations the instruction set has no encoding for: gc reports them once parsing
// succeeded, as "invalid instruction".
#include "textflag.h"

TEXT ·a(SB), NOSPLIT, $0-0
	ADDQ X0, AX // ERROR "invalid instruction: ADDQ X0, AX"
	SHLQ BX, AX // ERROR "invalid instruction: SHLQ BX, AX"
	MOVQ $1, $2 // ERROR "invalid instruction: MOVQ \$1, \$2"
	LEAQ AX, BX // ERROR "invalid instruction: LEAQ AX, BX"
	RET
