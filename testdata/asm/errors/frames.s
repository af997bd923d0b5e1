// Frames must keep SP 8-byte aligned (the frame-pointer slot included).
#include "textflag.h"

TEXT ·oddframe(SB), $20-12 // ERROR "unaligned stack size 28"
	CALL ·oddframe(SB)
	RET

TEXT ·oddleaf(SB), NOSPLIT, $4-0 // ERROR "unaligned stack size 12"
	RET

TEXT ·oddnoframe(SB), NOSPLIT|NOFRAME, $4-0 // ERROR "unaligned stack size 4"
	RET

TEXT ·unbalanced(SB), NOSPLIT, $0-0
	PUSHQ AX
	RET // ERROR "main.unbalanced: unbalanced PUSH/POP"
