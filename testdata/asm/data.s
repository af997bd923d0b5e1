// DATA and GLOBL: kinds, sizes, values, addresses.
#include "textflag.h"

DATA ·bytes+0(SB)/1, $0x11
DATA ·bytes+1(SB)/1, $0x22
DATA ·bytes+2(SB)/2, $0x3344
DATA ·bytes+4(SB)/4, $0x55667788
GLOBL ·bytes(SB), NOPTR, $8

DATA ·words+0(SB)/8, $-1
DATA ·words+8(SB)/8, $·fn(SB)
DATA ·words+16(SB)/8, $·bytes+4(SB)
GLOBL ·words(SB), $24

DATA ·text<>+0(SB)/8, $"hello, w"
DATA ·text<>+8(SB)/4, $"orld"
DATA ·text<>+12(SB)/1, $'\n'
GLOBL ·text<>(SB), RODATA|DUPOK, $13

DATA ·floats+0(SB)/8, $1.5
DATA ·floats+8(SB)/4, $-2.25
GLOBL ·floats(SB), RODATA, $12

GLOBL ·zeroed(SB), $64
GLOBL ·zeroednoptr(SB), NOPTR, $8
GLOBL ·ro(SB), RODATA, $4

TEXT ·fn(SB), NOSPLIT, $0-0
	MOVQ ·words+8(SB), AX
	LEAQ ·text<>(SB), BX
	RET
