#include "textflag.h"

TEXT ·wrongSize(SB), NOSPLIT, $0-16
	MOVQ a+0(FP), AX
	MOVQ AX, ret+16(FP)
	RET

TEXT ·wrongOffset(SB), NOSPLIT, $0-24
	MOVB a+0(FP), AX
	MOVQ b+1(FP), BX
	MOVQ BX, ret+8(FP)
	RET

TEXT ·wrongName(SB), $0-16
	MOVQ x+0(FP), AX
	MOVQ AX, r+8(FP)
	MOVQ AX, ret+8(FP)
	RET

TEXT ·wrongWidth(SB), NOSPLIT, $0-24
	MOVL a+0(FP), AX
	MOVQ b+8(FP), BX
	MOVW c+12(FP), CX
	MOVL AX, ret+16(FP)
	RET

TEXT ·strings(SB), NOSPLIT, $0-48
	MOVQ s+0(FP), AX
	MOVQ s+8(FP), BX
	MOVL s_len+8(FP), CX
	MOVQ sl_cap+32(FP), DX
	MOVQ sl+8(FP), DX
	MOVO sl+16(FP), X0
	MOVQ AX, ret+40(FP)
	RET

TEXT ·composite(SB), NOSPLIT, $0-104
	MOVQ p+0(FP), AX
	MOVL p_y+4(FP), AX
	MOVQ p_name_len+16(FP), AX
	MOVQ p_name+8(FP), AX
	MOVL arr+24(FP), AX
	MOVW arr_1+26(FP), AX
	MOVSD c_imag+40(FP), X0
	MOVSS c_real+32(FP), X0
	MOVQ i_type+48(FP), AX
	MOVQ i_itable+48(FP), AX
	MOVQ st_itable+64(FP), AX
	MOVL st_data+72(FP), AX
	MOVSS X0, ret+80(FP)
	RET

TEXT ·noResultWrite(SB), NOSPLIT, $0-16
	MOVQ x+0(FP), AX
	CMPQ AX, $0
	JEQ zero
	RET
zero:
	RET

TEXT ·unnamed(SB), NOSPLIT, $0-40
	MOVQ arg+0(FP), AX
	MOVQ arg1_len+16(FP), BX
	MOVQ AX, ret+24(FP)
	MOVB $1, ret1+32(FP)
	MOVQ ret2+40(FP), AX
	RET

TEXT ·floats(SB), NOSPLIT, $0-24
	MOVSD f+0(FP), X0
	CVTSS2SD f+0(FP), X0
	ADDSD d+8(FP), X0
	MOVSS X0, ret+16(FP)
	LEAQ d+8(FP), AX
	RET
