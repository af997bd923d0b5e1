package runtime

// The object sizes of gc 1.19's size classes. jgo does not allocate by class yet, but rounds
// the capacity of grown slices, []byte and []rune conversions up to them, as gc does, because
// programs see the result through cap.
var classSizes = [...]uint16{
	0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320,
	352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792,
	2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472,
	9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264,
	28672, 32768,
}

// maxSmallSize is the largest size with a class; larger blocks are rounded up to whole pages.
const maxSmallSize = 32768

// roundupsize is the size gc's allocator actually gives a request of size bytes.
func roundupsize(size uintptr) uintptr {
	if size <= maxSmallSize {
		lo, hi := 0, len(classSizes)-1
		for lo < hi {
			mid := (lo + hi) / 2
			if uintptr(classSizes[mid]) < size {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		return uintptr(classSizes[lo])
	}
	if size+pageSize < size {
		return size
	}
	return roundUp(size, pageSize)
}
