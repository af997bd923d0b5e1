// Linux system calls (ABI0, arguments on the stack as declared in stubs.go) and the signal
// entry. A system call takes its arguments in DI, SI, DX, R10, R8, R9 and returns -errno on
// failure.
#include "textflag.h"
#include "offsets_amd64.h"

#define SYS_write		1
#define SYS_mmap		9
#define SYS_munmap		11
#define SYS_rt_sigaction	13
#define SYS_rt_sigreturn	15
#define SYS_getpid		39
#define SYS_sigaltstack	131
#define SYS_exit_group		231
#define SYS_tgkill		234
#define SYS_prlimit64		302

// func write(fd uintptr, p unsafe.Pointer, n int32) int32
TEXT runtime·write(SB),NOSPLIT,$0-28
	MOVQ	fd+0(FP), DI
	MOVQ	p+8(FP), SI
	MOVL	n+16(FP), DX
	MOVL	$SYS_write, AX
	SYSCALL
	MOVL	AX, ret+24(FP)
	RET

// func exit(code int32)
TEXT runtime·exit(SB),NOSPLIT,$0-4
	MOVL	code+0(FP), DI
	MOVL	$SYS_exit_group, AX
	SYSCALL
	MOVL	$0xf1, 0xf1	// crash
	RET

// func mmap(addr unsafe.Pointer, n uintptr, prot, flags, fd int32, off uint32) (p unsafe.Pointer, err int)
TEXT runtime·mmap(SB),NOSPLIT,$0-48
	MOVQ	addr+0(FP), DI
	MOVQ	n+8(FP), SI
	MOVL	prot+16(FP), DX
	MOVL	flags+20(FP), R10
	MOVL	fd+24(FP), R8
	MOVL	off+28(FP), R9
	MOVL	$SYS_mmap, AX
	SYSCALL
	CMPQ	AX, $0xfffffffffffff001
	JLS	ok
	NEGQ	AX
	MOVQ	$0, p+32(FP)
	MOVQ	AX, err+40(FP)
	RET
ok:
	MOVQ	AX, p+32(FP)
	MOVQ	$0, err+40(FP)
	RET

// func munmap(addr unsafe.Pointer, n uintptr)
TEXT runtime·munmap(SB),NOSPLIT,$0-16
	MOVQ	addr+0(FP), DI
	MOVQ	n+8(FP), SI
	MOVL	$SYS_munmap, AX
	SYSCALL
	RET

// func rt_sigaction(sig uintptr, new, old *sigactiont, size uintptr) int32
TEXT runtime·rt_sigaction(SB),NOSPLIT,$0-36
	MOVQ	sig+0(FP), DI
	MOVQ	new+8(FP), SI
	MOVQ	old+16(FP), DX
	MOVQ	size+24(FP), R10
	MOVL	$SYS_rt_sigaction, AX
	SYSCALL
	MOVL	AX, ret+32(FP)
	RET

// func sigaltstack(new, old *stackt)
TEXT runtime·sigaltstack(SB),NOSPLIT,$0-16
	MOVQ	new+0(FP), DI
	MOVQ	old+8(FP), SI
	MOVL	$SYS_sigaltstack, AX
	SYSCALL
	RET

// func prlimit(resource int32, new, old *rlimit) int32
TEXT runtime·prlimit(SB),NOSPLIT,$0-28
	MOVQ	$0, DI	// this process
	MOVL	resource+0(FP), SI
	MOVQ	new+8(FP), DX
	MOVQ	old+16(FP), R10
	MOVL	$SYS_prlimit64, AX
	SYSCALL
	MOVL	AX, ret+24(FP)
	RET

// func getpid() int
TEXT runtime·getpid(SB),NOSPLIT,$0-8
	MOVL	$SYS_getpid, AX
	SYSCALL
	MOVQ	AX, ret+0(FP)
	RET

// func tgkill(tgid, tid, sig int)
TEXT runtime·tgkill(SB),NOSPLIT,$0-24
	MOVQ	tgid+0(FP), DI
	MOVQ	tid+8(FP), SI
	MOVQ	sig+16(FP), DX
	MOVL	$SYS_tgkill, AX
	SYSCALL
	RET

// sigtramp is the handler the kernel calls, with the C calling convention: DI = signal,
// SI = siginfo, DX = ucontext, on the signal stack. It saves the registers C expects kept
// (Go code keeps none), switches g to gsignal and calls sighandler with the interrupted g.
TEXT runtime·sigtramp(SB),NOSPLIT|NOFRAME|TOPFRAME,$0
	PUSHQ	BP
	PUSHQ	BX
	PUSHQ	R12
	PUSHQ	R13
	PUSHQ	R14
	PUSHQ	R15
	// 32 bytes of spill slots for sighandler's four register arguments, then the
	// interrupted g; SP stays 16-byte aligned.
	ADJSP	$40
	MOVQ	(TLS), R12
	MOVQ	R12, 32(SP)
	MOVQ	g_m(R12), R13
	MOVQ	m_gsignal(R13), R14
	MOVQ	R14, (TLS)
	XORPS	X15, X15
	MOVL	DI, AX
	MOVQ	SI, BX
	MOVQ	DX, CX
	MOVQ	R12, DI
	CALL	runtime·sighandler<ABIInternal>(SB)
	MOVQ	32(SP), R12
	MOVQ	R12, (TLS)
	ADJSP	$-40
	POPQ	R15
	POPQ	R14
	POPQ	R13
	POPQ	R12
	POPQ	BX
	POPQ	BP
	RET

// sigreturn is the restorer: the handler returns into it, and it resumes the interrupted
// code from the ucontext.
TEXT runtime·sigreturn(SB),NOSPLIT|NOFRAME,$0
	MOVQ	$SYS_rt_sigreturn, AX
	SYSCALL
	MOVL	$0xf1, 0xf1	// crash
	RET

TEXT runtime·sigtrampPC(SB),NOSPLIT,$0-8
	LEAQ	runtime·sigtramp(SB), AX
	MOVQ	AX, ret+0(FP)
	RET

TEXT runtime·sigreturnPC(SB),NOSPLIT,$0-8
	LEAQ	runtime·sigreturn(SB), AX
	MOVQ	AX, ret+0(FP)
	RET
