// File-static symbols with the same names as data.s's: each file keeps its own.
#include "textflag.h"

DATA ·text<>+0(SB)/8, $"another "
GLOBL ·text<>(SB), RODATA, $8

TEXT ·helper<>(SB), NOSPLIT, $0-0
	RET

TEXT ·user(SB), NOSPLIT, $0-0
	LEAQ ·text<>(SB), AX
	CALL ·helper<>(SB)
	RET
