#define PAIR(a, b) a, b
TEXT ·a(SB), $0-0
	MOVQ PAIR(AX), BX // ERROR "wrong arg count for macro PAIR"
