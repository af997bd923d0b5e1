package runtime

// newstack is called by morestack, on g0's stack, when a function's prologue found too little
// stack. Goroutine stacks cannot grow yet, so running out is gc's fatal stack overflow.
func newstack() {
	gp := m0.curg
	printstring("runtime: goroutine stack exceeds ")
	printint(maxMainStack)
	printstring("-byte limit\n")
	printstring("runtime: sp=")
	printhex(uint64(gp.sched.sp))
	printstring(" stack=[")
	printhex(uint64(gp.stack.lo))
	printstring(", ")
	printhex(uint64(gp.stack.hi))
	printstring("]\n")
	printstring("fatal error: stack overflow\n\nruntime stack:\n")
	dieWithGoroutine(2)
}
