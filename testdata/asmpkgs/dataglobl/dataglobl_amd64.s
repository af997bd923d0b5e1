#include "textflag.h"

DATA table<>+0(SB)/4, $1
DATA table<>+4(SB)/4, $10
DATA table<>+8(SB)/4, $100
DATA table<>+12(SB)/4, $0xdeadbeef
GLOBL table<>(SB), RODATA, $16

GLOBL counter<>(SB), NOPTR, $8

DATA hello<>+0(SB)/8, $"hello, a"
DATA hello<>+8(SB)/4, $"sm!!"
GLOBL hello<>(SB), RODATA, $12

TEXT ·lookup(SB), NOSPLIT, $0-12
	MOVQ i+0(FP), AX
	LEAQ table<>(SB), BX
	MOVL (BX)(AX*4), AX
	MOVL AX, ret+8(FP)
	RET

TEXT ·bump(SB), NOSPLIT, $0-8
	MOVQ counter<>(SB), AX
	INCQ AX
	MOVQ AX, counter<>(SB)
	MOVQ AX, ret+0(FP)
	RET

TEXT ·greeting(SB), NOSPLIT, $0-16
	LEAQ hello<>(SB), AX
	MOVQ AX, ret_base+0(FP)
	MOVQ $12, ret_len+8(FP)
	RET
