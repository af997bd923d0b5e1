package runtime

import "unsafe"

// slice and stringStruct are the run-time shapes of slices and strings.
type slice struct {
	array unsafe.Pointer
	len   int
	cap   int
}

type stringStruct struct {
	str unsafe.Pointer
	len int
}

// bytes returns the bytes of s without copying them (they must not be written).
func bytes(s string) []byte {
	ss := (*stringStruct)(unsafe.Pointer(&s))
	sl := slice{ss.str, ss.len, ss.len}
	return *(*[]byte)(unsafe.Pointer(&sl))
}

// makeString returns the string of n bytes at p, sharing them.
func makeString(p unsafe.Pointer, n int) string {
	ss := stringStruct{p, n}
	return *(*string)(unsafe.Pointer(&ss))
}

// makeSlice returns the slice header {p, n, c} as a []byte.
func makeSlice(p unsafe.Pointer, n, c int) []byte {
	sl := slice{p, n, c}
	return *(*[]byte)(unsafe.Pointer(&sl))
}

func add(p unsafe.Pointer, x uintptr) unsafe.Pointer {
	return unsafe.Pointer(uintptr(p) + x)
}

// makeslice allocates the array of make([]T, len, cap).
func makeslice(et *_type, len, cap int) unsafe.Pointer {
	mem, overflow := mulUintptr(et.size, uintptr(cap))
	if overflow || mem > maxAlloc || len < 0 || len > cap {
		// Report len when it alone is out of range, as gc does.
		mem, overflow = mulUintptr(et.size, uintptr(len))
		if overflow || mem > maxAlloc || len < 0 {
			panicError("makeslice: len out of range")
		}
		panicError("makeslice: cap out of range")
	}
	return mallocgc(mem, et, true)
}

// growslice makes room for newLen elements in the slice {oldPtr, oldLen, oldCap}: it returns a
// new array holding the old elements, the old length and the new capacity. The growth rule
// (double while small, then by a quarter plus 192 elements, rounded up to a size class) is
// gc 1.19's, visible to programs through cap.
func growslice(et *_type, oldPtr unsafe.Pointer, oldLen, oldCap, newLen int) (unsafe.Pointer, int, int) {
	if newLen < oldCap {
		panicError("growslice: cap out of range")
	}
	if et.size == 0 {
		return unsafe.Pointer(&zerobase), oldLen, newLen
	}
	newcap := oldCap
	if newLen > oldCap+oldCap {
		newcap = newLen
	} else if oldCap < 256 {
		newcap = oldCap + oldCap
	} else {
		for 0 < newcap && newcap < newLen {
			newcap += (newcap + 3*256) / 4
		}
		if newcap <= 0 {
			newcap = newLen
		}
	}
	mem, overflow := mulUintptr(et.size, uintptr(newcap))
	if overflow || mem > maxAlloc {
		panicError("growslice: cap out of range")
	}
	mem = roundupsize(mem)
	newcap = int(mem / et.size)
	p := mallocgc(mem, et, true)
	memmove(p, oldPtr, uintptr(oldLen)*et.size)
	return p, oldLen, newcap
}

// mulUintptr returns a*b and whether it overflowed.
func mulUintptr(a, b uintptr) (uintptr, bool) {
	if a|b < 1<<32 || a == 0 {
		return a * b, false
	}
	return a * b, b > ^uintptr(0)/a
}
