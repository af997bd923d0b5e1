// Package atomic provides atomic memory operations.
//
// jgo's runtime runs one goroutine at a time and switches only at calls into the scheduler,
// so these functions are plain loads and stores for now; they become real atomic
// instructions when the runtime gets threads (see docs/stdlib.md).
package atomic

import "unsafe"

func AddInt32(addr *int32, delta int32) (new int32)         { *addr += delta; return *addr }
func AddInt64(addr *int64, delta int64) (new int64)         { *addr += delta; return *addr }
func AddUint32(addr *uint32, delta uint32) (new uint32)     { *addr += delta; return *addr }
func AddUint64(addr *uint64, delta uint64) (new uint64)     { *addr += delta; return *addr }
func AddUintptr(addr *uintptr, delta uintptr) (new uintptr) { *addr += delta; return *addr }
func LoadInt32(addr *int32) (val int32)                     { return *addr }
func LoadInt64(addr *int64) (val int64)                     { return *addr }
func LoadUint32(addr *uint32) (val uint32)                  { return *addr }
func LoadUint64(addr *uint64) (val uint64)                  { return *addr }
func LoadUintptr(addr *uintptr) (val uintptr)               { return *addr }
func LoadPointer(addr *unsafe.Pointer) (val unsafe.Pointer) { return *addr }
func StoreInt32(addr *int32, val int32)                     { *addr = val }
func StoreInt64(addr *int64, val int64)                     { *addr = val }
func StoreUint32(addr *uint32, val uint32)                  { *addr = val }
func StoreUint64(addr *uint64, val uint64)                  { *addr = val }
func StoreUintptr(addr *uintptr, val uintptr)               { *addr = val }
func StorePointer(addr *unsafe.Pointer, val unsafe.Pointer) { *addr = val }

func SwapInt32(addr *int32, new int32) (old int32)         { old, *addr = *addr, new; return old }
func SwapInt64(addr *int64, new int64) (old int64)         { old, *addr = *addr, new; return old }
func SwapUint32(addr *uint32, new uint32) (old uint32)     { old, *addr = *addr, new; return old }
func SwapUint64(addr *uint64, new uint64) (old uint64)     { old, *addr = *addr, new; return old }
func SwapUintptr(addr *uintptr, new uintptr) (old uintptr) { old, *addr = *addr, new; return old }
func SwapPointer(addr *unsafe.Pointer, new unsafe.Pointer) (old unsafe.Pointer) {
	old, *addr = *addr, new
	return old
}

func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool) {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool) {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool) {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool) {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

func CompareAndSwapUintptr(addr *uintptr, old, new uintptr) (swapped bool) {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

func CompareAndSwapPointer(addr *unsafe.Pointer, old, new unsafe.Pointer) (swapped bool) {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}
