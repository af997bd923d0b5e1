// Flags for TEXT and GLOBL directives in jgo's Plan 9 assembly. The values are the ones gc's
// assembler uses, so that .s files written for gc assemble unchanged.

// Do not profile the function (accepted, no effect in jgo).
#define NOPROF	1
// Several object files may define the symbol; the linker keeps one.
#define DUPOK	2
// No stack-growth check in the prologue.
#define NOSPLIT	4
// Data: read-only (.rodata).
#define RODATA	8
// Data: holds no pointers (.noptrdata or .noptrbss).
#define NOPTR	16
// A wrapper function: tracebacks hide it.
#define WRAPPER 32
// The function uses the closure context register DX.
#define NEEDCTXT 64
// Data: thread-local (accepted, no effect in jgo).
#define TLSBSS	256
// No frame-pointer save and no frame allocated beyond the declared size.
#define NOFRAME 512
// The function may call reflect.Type.Method (accepted, no effect in jgo).
#define REFLECTMETHOD 1024
// The outermost frame of a goroutine: unwinders stop here.
#define TOPFRAME 2048
// A wrapper between ABI0 and ABIInternal.
#define ABIWRAPPER 4096
