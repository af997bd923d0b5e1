// The preprocessor: includes, object and function-like macros, multi-line macros, conditionals.
#include "textflag.h"
#include "macros.h"

#define SIZE 16
#define TWICE(x) ((x)*2)
#define ZERO(r) XORQ r, r
#define SWAP(a, b) \
	MOVQ a, R11 \
	MOVQ b, a \
	MOVQ R11, b
#define SUM3(a, b, c) ADDQ a, c; ADDQ b, c

/* A block comment
   over several lines. */
TEXT ·macros(SB), NOSPLIT, $SIZE-0
	MOVQ $HEADER_VALUE, AX
	MOVQ $TWICE(SIZE), BX
	ZERO(CX)
	LOAD(8, DX)
	SUM3(AX, BX, CX)
	RET

TEXT ·swap(SB), NOSPLIT, $0-0
	SWAP(AX, BX)
	RET

#ifdef GOARCH_amd64
TEXT ·amd64only(SB), NOSPLIT, $0-0
	RET
#else
TEXT ·notamd64(SB), NOSPLIT, $0-0
	UNKNOWNOP
#endif

#ifndef SIZE
	THIS IS NOT ASSEMBLED
#else
TEXT ·sizedefined(SB), NOSPLIT, $0-0
#ifdef NOT_DEFINED
	BOGUS
#endif
	RET
#endif

#undef SIZE
#ifdef SIZE
	BOGUS
#endif
#define SIZE 8
TEXT ·redefined(SB), NOSPLIT, $SIZE-0
	MOVQ $SIZE, AX; MOVQ AX, x-8(SP)
	RET
