// Errors gc's assembler reports while parsing, one per line.
#include "textflag.h"

TEXT ·a(SB), NOSPLIT, $0-8
	FOOQ AX // ERROR "unrecognized instruction \"FOOQ\""
	MOVQ 0(FP), AX // ERROR "cannot reference FP without a symbol"
	MOVQ x+0(FP)(AX*3), AX // ERROR "bad scale: 3"
	MOVQ $(1/0), AX // ERROR "division by zero"
	MOVQ $(1%0), AX // ERROR "modulo by zero"
	MOVQ $x, AX // ERROR "illegal or missing addressing mode for symbol x"
	MOVQ ·v<ABIInternal>(SB), AX // ERROR "ABI selector only permitted when compiling runtime, reference was to \"main.v\""
	JMP nowhere // ERROR "undefined label nowhere"
	RET

TEXT ·b(SB), XYZ, $0-0 // ERROR "illegal or missing addressing mode for symbol XYZ"
	RET

TEXT ·c(SB), NOSPLIT, 8 // ERROR "TEXT main.c: frame size must be an immediate constant"
TEXT ·d(SB), NOSPLIT, $8-x // ERROR "TEXT main.d: argument size must be of form -integer"
TEXT ·e(SB) // ERROR "expect two or three operands for TEXT"
TEXT ·f+8(SB), $0 // ERROR "TEXT symbol \"·f\" must not be offset from SB"

TEXT ·g(SB), NOSPLIT, $0-0
dup:
dup: // ERROR "label \"dup\" multiply defined"
	RET

DATA ·t1+0(SB)/3, $1 // ERROR "bad int size for DATA argument: 3"
DATA ·t2+0(SB)/4, $·g(SB) // ERROR "bad addr size for DATA argument: 4"
DATA ·t3+8(SB)/2, $1.5 // ERROR "bad float size for DATA argument: 2"
DATA ·t4+8(SB), $1 // ERROR "expect /size for DATA argument"
DATA ·t5+8(SB)/8, AX // ERROR "DATA value must be an immediate constant or address"
DATA ·t+16(SB)/8, $1
DATA ·t+8(SB)/8, $1 // ERROR "overlapping DATA entry for main.t"
GLOBL ·t(SB) // ERROR "expect two or three operands for GLOBL"
GLOBL ·t(SB), $32
GLOBL ·t1(SB), $8
GLOBL ·t2(SB), $8
GLOBL ·t3(SB), $16
GLOBL ·t4(SB), $16
GLOBL ·t5(SB), $16

TEXT ·g(SB), NOSPLIT, $0-0 // ERROR "duplicate TEXT for main.g"
GLOBL ·t1(SB), $8 // ERROR "duplicate GLOBL for main.t1"

TEXT ·tls(SB), NOSPLIT, $0-0
	MOVQ TLS, TLS // ERROR "illegal use of TLS"
	ADDQ TLS, AX // ERROR "illegal use of TLS"
	MOVQ 8(TLS), AX // ERROR "illegal operand 8\(TLS\)"
	RET
