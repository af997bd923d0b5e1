package runtime

import "unsafe"

// The allocator of the first milestone: a bump allocator over arenas taken from the kernel
// with mmap. Nothing is ever freed (there is no garbage collector yet), so every block comes
// from memory the kernel zeroed and needs no clearing.


const (
	// maxAlloc is the largest allocation gc allows on linux/amd64 (its 48-bit heap).
	maxAlloc = 1 << 48
	// arenaSize is the size of the chunks the bump allocator carves up; larger blocks get
	// their own mapping.
	arenaSize    = 4 << 20
	largeObject  = arenaSize / 4
	physPageSize = 4096
)

// zerobase is the address of every zero-size allocation, as in gc.
var zerobase uintptr

// arena is the chunk being carved: [next, end).
type arena struct {
	next uintptr
	end  uintptr
}

var heap arena

// heapStats counts what ReadMemStats reports.
var heapStats struct {
	allocated   uint64 // bytes handed out
	allocations uint64 // blocks handed out
	mapped      uint64 // bytes obtained from the kernel
}

// carve takes size bytes aligned to align from a, or returns 0 when they do not fit.
func (a *arena) carve(size, align uintptr) uintptr {
	p := (a.next + align - 1) &^ (align - 1)
	if p < a.next || p+size < p || p+size > a.end {
		return 0
	}
	a.next = p + size
	return p
}

// allocAlign is the alignment of a block of size bytes: gc's size classes align every block
// to 8 and blocks of 16 bytes and more to 16; tiny odd sizes need less.
func allocAlign(size uintptr) uintptr {
	switch {
	case size >= 16:
		return 16
	case size >= 8:
		return 8
	case size >= 4:
		return 4
	case size >= 2:
		return 2
	}
	return 1
}

// mallocgc returns size bytes of zeroed memory for a value of type typ (nil for raw bytes).
// needzero is always met: the memory is fresh from the kernel.
func mallocgc(size uintptr, typ *_type, needzero bool) unsafe.Pointer {
	if size == 0 {
		return unsafe.Pointer(&zerobase)
	}
	if size > maxAlloc {
		throw("out of memory")
	}
	heapStats.allocated += uint64(size)
	heapStats.allocations++
	if size >= largeObject {
		return sysAllocOrDie(roundUp(size, physPageSize))
	}
	align := allocAlign(size)
	p := heap.carve(size, align)
	if p == 0 {
		base := uintptr(sysAllocOrDie(arenaSize))
		heap = arena{base, base + arenaSize}
		p = heap.carve(size, align)
	}
	return unsafe.Pointer(p)
}

func sysAllocOrDie(n uintptr) unsafe.Pointer {
	p := sysAlloc(n)
	heapStats.mapped += uint64(n)
	if p == nil {
		printstring("runtime: out of memory: cannot allocate ")
		printuint(uint64(n))
		printstring("-byte block\n")
		throw("out of memory")
	}
	return p
}

func roundUp(n, to uintptr) uintptr {
	return (n + to - 1) &^ (to - 1)
}

// newobject allocates a zeroed value of type typ (the new builtin, escaping variables).
func newobject(typ *_type) unsafe.Pointer {
	return mallocgc(typ.size, typ, true)
}
