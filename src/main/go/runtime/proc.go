package runtime

import "unsafe"

// Start-up. rt0_go (asm_amd64.s) gives mainG provisional bounds on the process stack, points
// the FS base at m0.tls, puts mainG in TLS and R14, then calls args and schedinit, and calls
// main on mainG's stack (which schedinit moves off the process stack when it can).

// maxMainStack bounds the main goroutine's stack like gc's limit on goroutine stacks.
const maxMainStack = 1000000000

// mainStackSlack keeps the guard this far above the lowest address the rlimit allows, for
// what the estimate of the stack top misses.
const mainStackSlack = 64 << 10

func args(c int32, v **byte) {
	argc = c
	argv = v
}

func schedinit() {
	m0.g0 = &g0
	m0.curg = &mainG
	mainG.m = &m0
	mainG.goid = 1
	g0.m = &m0
	g0.stack = stack{uintptr(unsafe.Pointer(&g0Stack[0])), uintptr(unsafe.Pointer(&g0Stack[0])) + g0StackSize}
	g0.stackguard0 = g0.stack.lo + stackGuard
	g0.stackguard1 = g0.stackguard0
	if !reserveMainStack() {
		initMainStack()
	}
	initSignals()
}

// reserveMainStack gives mainG a stack of gc's goroutine limit: stacks cannot be copied yet
// (there are no stack maps), so the whole limit is mapped at once, without reserving swap
// (MAP_NORESERVE); the kernel commits pages as the stack reaches them. An inaccessible page
// below it catches what the stack check cannot. False when the kernel refuses the mapping.
func reserveMainStack() bool {
	const guard = physPageSize
	p, err := mmap(nil, maxMainStack+guard, _PROT_NONE, _MAP_ANONYMOUS|_MAP_PRIVATE|_MAP_NORESERVE, -1, 0)
	if err != 0 {
		return false
	}
	lo := uintptr(p) + guard
	_, err = mmap(unsafe.Pointer(lo), maxMainStack, _PROT_READ|_PROT_WRITE, _MAP_ANONYMOUS|_MAP_PRIVATE|_MAP_NORESERVE|_MAP_FIXED, -1, 0)
	if err != 0 {
		munmap(p, maxMainStack+guard)
		return false
	}
	mainG.stack = stack{lo, lo + maxMainStack}
	mainG.stackguard0 = lo + stackGuard
	mainG.stackguard1 = mainG.stackguard0
	return true
}

// initMainStack extends mainG's stack (the process stack, when no stack of its own could be
// mapped) down to what the kernel will let the process stack grow to: RLIMIT_STACK below the
// top of the stack, at most maxMainStack.
func initMainStack() {
	size := uint64(maxMainStack)
	var rl rlimit
	if prlimit(_RLIMIT_STACK, nil, &rl) == 0 && rl.cur < size {
		size = rl.cur
	}
	top := stackTop()
	if uint64(top) < size || size < 2*mainStackSlack {
		return
	}
	lo := top - uintptr(size) + mainStackSlack
	if lo < mainG.stack.lo {
		mainG.stack.lo = lo
		mainG.stackguard0 = lo + stackGuard
		mainG.stackguard1 = mainG.stackguard0
	}
}

// stackTop estimates the top of the process stack: the kernel puts the argument and
// environment strings there, followed by the program's path.
func stackTop() uintptr {
	top := mainG.stack.hi
	p := unsafe.Pointer(argv)
	// argv[0..argc), nil, then the environment up to nil.
	for i := uintptr(0); i < uintptr(argc); i++ {
		top = maxPtr(top, *(*uintptr)(add(p, i*8)))
	}
	for i := uintptr(argc) + 1; *(*uintptr)(add(p, i*8)) != 0; i++ {
		top = maxPtr(top, *(*uintptr)(add(p, i*8)))
	}
	const pathMax = 4096
	return roundUp(top+pathMax, physPageSize)
}

func maxPtr(a, b uintptr) uintptr {
	if a > b {
		return a
	}
	return b
}

//go:linkname main_main main.main
func main_main()

// inittasks is defined by the build (jgo's linker step), not here: the number of package
// initializers, then each one as a func value, every package after the packages it imports.
// The declared length only bounds the index; the build's symbol is as long as its list.
var inittasks struct {
	n   int
	fns [1 << 16]func()
}

// main runs the program: the package initializers in order, main.main, then exit 0.
func main() {
	for i := 0; i < inittasks.n; i++ {
		inittasks.fns[i]()
	}
	main_main()
	exit(0)
}
