package main

// Go stand-ins for the runtime's assembly and system-call functions, so that gc can build the
// runtime's pure-Go files as this test program. write sends the runtime's output to standard
// output (gc's own println writes to standard error); exit unwinds to the test case.

import (
	"os"
	"unsafe"
)

var testG g

func getg() *g { return &testG }

func write(fd uintptr, p unsafe.Pointer, n int32) int32 {
	os.Stdout.Write(unsafe.Slice((*byte)(p), n))
	return n
}

func memmove(to, from unsafe.Pointer, n uintptr) {
	if n > 0 {
		copy(unsafe.Slice((*byte)(to), n), unsafe.Slice((*byte)(from), n))
	}
}

// arenas keeps the memory handed out by sysAlloc alive: gc's collector does not know that
// the runtime under test refers to it.
var arenas [][]byte

func sysAlloc(n uintptr) unsafe.Pointer {
	b := make([]byte, n)
	arenas = append(arenas, b)
	return unsafe.Pointer(&b[0])
}

type exitStatus int32

func exit(code int32) { panic(exitStatus(code)) }

// The signal entry points exist only in assembly; the driver calls sighandler directly.
const fakeSigpanicPC = 0x5151

func sigtrampPC() uintptr                                                { return 0 }
func sigreturnPC() uintptr                                               { return 0 }
func sigpanicPC() uintptr                                                { return fakeSigpanicPC }
func sigaltstack(new, old *stackt)                                       {}
func rt_sigaction(sig uintptr, new, old *sigactiont, size uintptr) int32 { return 0 }

// Deferred calls (panic.go): the driver never defers through the runtime under test.
func getfp() uintptr            { return 0 }
func resume(sp, bp, pc uintptr) {}
