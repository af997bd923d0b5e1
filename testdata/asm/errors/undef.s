// Preprocessor errors end the assembly, as in gc.
#include "textflag.h"
#undef NOT_A_MACRO // ERROR "#undef for undefined macro: NOT_A_MACRO"
TEXT ·a(SB), NOSPLIT, $0-0
	RET
