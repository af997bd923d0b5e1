package runtime

import "unsafe"

// Functions implemented in assembly: asm_amd64.s and sys_linux_amd64.s. getg, memmove and
// memclrNoHeapPointers are ABIInternal (as in gc), the bounds stubs take gc's registers, the
// rest is ABI0: Go code reaches those through ABI wrappers. Everything else in this package
// is Go. The pure logic (printing, strings, allocation) reaches the
// system only through write, sysAlloc, memmove and getg, so gc can run it with Go stand-ins.

// getg returns the current goroutine (read from thread-local storage).
func getg() *g

// memmove copies n bytes from "from" to "to"; the ranges may overlap.
//
//go:noescape
func memmove(to, from unsafe.Pointer, n uintptr)

// memclrNoHeapPointers clears n bytes at ptr.
//
//go:noescape
func memclrNoHeapPointers(ptr unsafe.Pointer, n uintptr)

// System calls. Results are the raw kernel results: a negative value is -errno.

//go:noescape
func write(fd uintptr, p unsafe.Pointer, n int32) int32

func exit(code int32)

func mmap(addr unsafe.Pointer, n uintptr, prot, flags, fd int32, off uint32) (p unsafe.Pointer, err int)

func munmap(addr unsafe.Pointer, n uintptr)

//go:noescape
func rt_sigaction(sig uintptr, new, old *sigactiont, size uintptr) int32

//go:noescape
func sigaltstack(new, old *stackt)

//go:noescape
func prlimit(resource int32, new, old *rlimit) int32

func getpid() int
func tgkill(tgid, tid, sig int)

// sigtrampPC and sigreturnPC give the addresses of the signal entry and its restorer.
func sigtrampPC() uintptr
func sigreturnPC() uintptr

// sigpanicPC is where a faulting goroutine is sent: a call to sigpanic.
func sigpanicPC() uintptr

// The targets of the compiler's bounds checks (ABIInternal, asm_amd64.s): x is the failing
// index, y the bound, passed in gc's registers for each kind.
func panicIndex(x int, y int)
func panicIndexU(x uint, y int)
func panicSliceAlen(x int, y int)
func panicSliceAlenU(x uint, y int)
func panicSliceAcap(x int, y int)
func panicSliceAcapU(x uint, y int)
func panicSliceB(x int, y int)
func panicSliceBU(x uint, y int)
func panicSlice3Alen(x int, y int)
func panicSlice3AlenU(x uint, y int)
func panicSlice3Acap(x int, y int)
func panicSlice3AcapU(x uint, y int)
func panicSlice3B(x int, y int)
func panicSlice3BU(x uint, y int)
func panicSlice3C(x int, y int)
func panicSlice3CU(x uint, y int)
func panicSliceConvert(x int, y int)

// The Duff's devices (duff_amd64.s), entered by generated code at an offset, with operands in
// DI (and SI); not callable from Go.
func duffzero()
func duffcopy()

// getfp returns the frame pointer (BP) of the function calling it (panic.go).
func getfp() uintptr

// resume continues a function whose deferred call recovered a panic: SP, BP and PC become
// sp, bp and pc (the point where its deferproc call returns).
func resume(sp, bp, pc uintptr)
