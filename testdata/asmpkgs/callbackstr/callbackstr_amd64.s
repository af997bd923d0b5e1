#include "textflag.h"
#include "funcdata.h"

TEXT ·shout(SB), $32-40
	NO_LOCAL_POINTERS
	MOVQ s_base+0(FP), AX
	MOVQ AX, 0(SP)
	MOVQ s_len+8(FP), AX
	MOVQ AX, 8(SP)
	CALL ·upper(SB)
	MOVQ 16(SP), AX
	MOVQ 24(SP), BX
	MOVQ AX, ret_base+16(FP)
	MOVQ BX, ret_len+24(FP)
	MOVQ BX, ret1+32(FP)
	RET
