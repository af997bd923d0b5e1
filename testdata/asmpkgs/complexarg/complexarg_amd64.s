#include "textflag.h"

TEXT ·conj(SB), NOSPLIT, $0-32
	MOVSD c_real+0(FP), X0
	MOVSD c_imag+8(FP), X1
	XORPS X2, X2
	SUBSD X1, X2
	MOVSD X0, ret_real+16(FP)
	MOVSD X2, ret_imag+24(FP)
	RET

TEXT ·parts(SB), NOSPLIT, $0-16
	MOVSS c_real+0(FP), X0
	MOVSS c_imag+4(FP), X1
	MOVSS X0, re+8(FP)
	MOVSS X1, im+12(FP)
	RET
