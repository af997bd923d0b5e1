// A whole program in assembly: linked by jgo's linker and run. Entry, ABI0 calls with stack
// arguments and results, a frame with the frame pointer saved, RODATA and NOPTR data.
#include "textflag.h"

DATA msg<>+0(SB)/8, $"hello, a"
DATA msg<>+8(SB)/8, $"ssembly\n"
GLOBL msg<>(SB), RODATA, $16

DATA ·addend+0(SB)/8, $26
GLOBL ·addend(SB), NOPTR, $8

// func write(p *byte, n int) int
TEXT ·write(SB), NOSPLIT, $0-24
	MOVQ $1, DI
	MOVQ p+0(FP), SI
	MOVQ n+8(FP), DX
	MOVL $1, AX // SYS_write
	SYSCALL
	MOVQ AX, ret+16(FP)
	RET

// func sum(a, b int) int, through a local variable.
TEXT ·sum(SB), NOSPLIT, $16-24
	MOVQ a+0(FP), AX
	MOVQ AX, x-8(SP)
	MOVQ b+8(FP), BX
	ADDQ x-8(SP), BX
	MOVQ BX, ret+16(FP)
	RET

TEXT _rt0_amd64_linux(SB), NOSPLIT, $32-0
	LEAQ msg<>(SB), AX
	MOVQ AX, 0(SP)
	MOVQ $16, 8(SP)
	CALL ·write(SB)
	MOVQ 16(SP), AX // 16 bytes written
	MOVQ AX, 0(SP)
	MOVQ ·addend(SB), AX
	MOVQ AX, 8(SP)
	CALL ·sum(SB)
	MOVQ 16(SP), DI // exit status 42
	MOVL $60, AX // SYS_exit
	SYSCALL
	UNDEF
