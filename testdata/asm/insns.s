// Instruction and operand forms, labels, PC-relative branches, aliases.
#include "textflag.h"

TEXT ·arith(SB), NOSPLIT, $0-0
	ADDQ $1, AX
	ADDQ $1000, BX
	SUBL CX, DX
	ANDB $0x0f, AL
	ORW $0x100, SI
	XORQ R8, R9
	CMPQ AX, $10
	CMPB (DI), $'a'
	SHLQ $3, R10
	SARQ CX, R11
	IMULQ R12, R13
	IMUL3Q $24, AX, BX
	NEGQ AX
	NOTL CX
	INCQ (SP)
	DECL 8(AX)
	MULQ BX
	DIVQ CX
	CQO
	IDIVQ R9
	RET

TEXT ·memory(SB), NOSPLIT, $0-0
	MOVQ (AX), BX
	MOVQ 8(AX), BX
	MOVQ -8(BP), BX
	MOVQ 0x100(AX)(BX*8), CX
	MOVL (R12)(R13*4), DX
	MOVB AL, 3(SI)
	MOVW $7, 2(DI)
	MOVQ $-1, (R15)
	LEAQ 16(SP), AX
	LEAQ (AX)(AX*2), AX
	MOVBQZX (SI), AX
	MOVWLSX 2(SI), BX
	MOVLQSX CX, DX
	MOVQ (R13), AX
	MOVQ (R12), AX
	RET

TEXT ·symbols(SB), NOSPLIT, $0-0
	MOVQ ·counter(SB), AX
	MOVQ AX, ·counter+8(SB)
	LEAQ ·table<>(SB), BX
	MOVQ $·counter(SB), CX
	MOVQ $·table<>+16(SB), DX
	INCQ ·counter(SB)
	CALL ·arith(SB)
	CALL AX
	CALL (BX)
	CALL 8(BX)
	JMP ·memory(SB)

TEXT ·branches(SB), NOSPLIT, $0-0
top:
	CMPQ AX, BX
	JE done
	JNE 2(PC)
	NOP
	JA top
	JB top
	JAE top
	JBE top
	JZ done
	JNZ top
	JL done
	JG done
	JLE done
	JGE done
	JCS done
	JCC done
	JLS done
	JHI done
	JMI done
	JPL done
	JOS done
	JOC done
	JPS done
	JPC done
	JMP -3(PC)
	JMP top
done:
	RET

TEXT ·longbranch(SB), NOSPLIT, $0-0
loop:
	MOVQ 0x1000(AX)(BX*8), CX
	MOVQ 0x1000(AX)(BX*8), CX
	MOVQ 0x1000(AX)(BX*8), CX
	MOVQ 0x1000(AX)(BX*8), CX
	MOVQ 0x1000(AX)(BX*8), CX
	MOVQ 0x1000(AX)(BX*8), CX
	MOVQ 0x1000(AX)(BX*8), CX
	MOVQ 0x1000(AX)(BX*8), CX
	MOVQ 0x1000(AX)(BX*8), CX
	MOVQ 0x1000(AX)(BX*8), CX
	MOVQ 0x1000(AX)(BX*8), CX
	MOVQ 0x1000(AX)(BX*8), CX
	MOVQ 0x1000(AX)(BX*8), CX
	MOVQ 0x1000(AX)(BX*8), CX
	MOVQ 0x1000(AX)(BX*8), CX
	MOVQ 0x1000(AX)(BX*8), CX
	MOVQ 0x1000(AX)(BX*8), CX
	DECQ DX
	JNZ loop
	RET

TEXT ·sse(SB), NOSPLIT, $0-16
	MOVSD x+0(FP), X0
	ADDSD X0, X1
	MULSD X2, X1
	SQRTSD X1, X1
	MOVSD X1, ret+8(FP)
	MOVSD $1.5, X3
	MOVSS $2.5, X4
	ADDSD $(-0.25), X3
	UCOMISD X0, X1
	CVTSQ2SD AX, X5
	CVTTSD2SQ X5, BX
	MOVQ AX, X6
	MOVQ X6, CX
	PXOR X7, X7
	MOVOU (SI), X8
	MOVOU X8, (DI)
	XORPS X9, X9
	RET

TEXT ·atomics(SB), NOSPLIT, $0-0
	LOCK
	XADDQ AX, (BX)
	LOCK
	CMPXCHGQ CX, (DX)
	XCHGL AX, (SI)
	MFENCE
	PAUSE
	REP; MOVSQ
	REP; STOSB
	CLD
	SYSCALL
	UNDEF
	BSWAPQ AX
	POPCNTQ BX, CX
	BSFQ DX, AX
	BTQ $3, AX
	SETEQ AL
	CMOVQNE BX, CX
	PUSHQ BP
	POPQ BP
	PUSHFQ
	POPFQ
	INT $3
	RET

TEXT ·constants(SB), NOSPLIT, $0-0
	MOVQ $(1<<20), AX
	MOVQ $(3*4+1), BX
	MOVL $(0xff & ~0x0f), CX
	MOVL $(1|2|4^1), DX
	MOVL $(100/7), SI
	MOVL $(100%7), DI
	MOVL $(256>>2), R8
	MOVL $-(5), R9
	MOVL $'A', R10
	MOVL $'\n', R11
	MOVL $0b101, R12
	MOVL $0o17, R13
	MOVL $017, R14
	MOVL $1_000, R15
	RET

DATA ·table<>+0(SB)/8, $1
GLOBL ·table<>(SB), RODATA, $32
GLOBL ·counter(SB), NOPTR, $16

// g from thread-local storage, as runtime code reads it.
TEXT ·getg(SB), NOSPLIT, $0-8
	MOVQ (TLS), AX
	MOVQ AX, ret+0(FP)
	RET

TEXT ·doubleshift(SB), NOSPLIT, $0-0
	SHLQ $13, DI, SI
	SHRQ $2, R8, R15
	SHRQ CX, AX, BX
	RET

// go_tls.h's idioms: get_tls(r) assembles to nothing, g(r) is the g slot.
#define get_tls(r) MOVQ TLS, r
#define g(r) 0(r)(TLS*1)
TEXT ·getg2(SB), NOSPLIT, $0-8
	get_tls(CX)
	MOVQ g(CX), AX
	MOVQ AX, g(CX)
	JMP 2(PC)
	get_tls(BX)
	MOVQ AX, ret+0(FP)
	RET

// Raw bytes in code: the low 1, 2, 4 or 8 bytes of the value, little-endian (instructions gc's
// assembler lacks are written this way, e.g. RDTSCP and XGETBV).
TEXT ·raw(SB), NOSPLIT, $0-0
	BYTE $0x90
	BYTE $0x1ff
	WORD $0x0b0f
	LONG $0xf9010f90
	QUAD $0x0102030405060708
	QUAD $-2
	BYTE $0x0F; BYTE $0x01; BYTE $0xD0
	RET
