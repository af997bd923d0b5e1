#define A B
#define B A
TEXT ·a(SB), $0-0
	MOVQ $A, AX // ERROR "recursive macro invocation"
