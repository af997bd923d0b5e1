#include "textflag.h"

// The frame is 40 bytes: a and b, then the result (pair is 24 bytes with its trailing padding).
// go vet 1.19 expects 33, leaving the padding out of the struct's size; gc's frame and jgo's
// check count it.
TEXT ·ordered(SB), NOSPLIT, $0-40
	MOVQ a+0(FP), AX
	MOVQ b+8(FP), BX
	CMPQ AX, BX
	JLE inorder
	XCHGQ AX, BX
inorder:
	MOVQ AX, ret_lo+16(FP)
	MOVQ BX, ret_hi+24(FP)
	MOVB $1, ret_ok+32(FP)
	RET
