package runtime

import "unsafe"

const (
	_PROT_NONE     = 0x0
	_PROT_READ     = 0x1
	_PROT_WRITE    = 0x2
	_MAP_PRIVATE   = 0x2
	_MAP_FIXED     = 0x10
	_MAP_ANONYMOUS = 0x20
	_MAP_NORESERVE = 0x4000
)

// sysAlloc returns n bytes of fresh, zeroed memory from the kernel, or nil.
func sysAlloc(n uintptr) unsafe.Pointer {
	p, err := mmap(nil, n, _PROT_READ|_PROT_WRITE, _MAP_ANONYMOUS|_MAP_PRIVATE, -1, 0)
	if err != 0 {
		return nil
	}
	return p
}
