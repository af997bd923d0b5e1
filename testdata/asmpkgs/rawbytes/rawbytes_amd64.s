#include "textflag.h"

TEXT ·popcount(SB), NOSPLIT, $0-16
	MOVQ x+0(FP), AX
	// POPCNTQ AX, AX: F3 48 0F B8 C0
	BYTE $0xF3; BYTE $0x48; WORD $0xB80F; BYTE $0xC0
	MOVQ AX, ret+8(FP)
	RET

TEXT ·bswap32(SB), NOSPLIT, $0-12
	MOVL x+0(FP), AX
	// BSWAPL AX: 0F C8, then two NOPs
	LONG $0x9090C80F
	MOVL AX, ret+8(FP)
	RET
