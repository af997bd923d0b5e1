#include "textflag.h"

TEXT ·divmod(SB), NOSPLIT, $0-32
	MOVQ a+0(FP), AX
	CQO
	IDIVQ b+8(FP)
	MOVQ AX, q+16(FP)
	MOVQ DX, r+24(FP)
	RET

TEXT ·minmax(SB), NOSPLIT, $0-10
	MOVBLZX a+0(FP), AX
	MOVBLZX b+1(FP), BX
	CMPL AX, BX
	JLS done
	XCHGL AX, BX
done:
	MOVB AX, lo+8(FP)
	MOVB BX, hi+9(FP)
	RET
