package runtime

// pageSize is the unit of gc's allocator beyond its size classes.
const pageSize = 8192

// roundupsize is the size gc 1.19's allocator really gives a request of size bytes: the
// smallest of its size classes that holds it, or whole pages beyond the largest class. jgo
// does not allocate by class yet, but rounds the capacity of grown slices and of []byte and
// []rune conversions the same way, because programs see it through cap. (A switch rather than
// a table: the runtime has no package initialization, see docs/runtime.md.)
func roundupsize(size uintptr) uintptr {
	switch {
	case size == 0:
		return 0
	case size <= 8:
		return 8
	case size <= 16:
		return 16
	case size <= 24:
		return 24
	case size <= 32:
		return 32
	case size <= 48:
		return 48
	case size <= 64:
		return 64
	case size <= 80:
		return 80
	case size <= 96:
		return 96
	case size <= 112:
		return 112
	case size <= 128:
		return 128
	case size <= 144:
		return 144
	case size <= 160:
		return 160
	case size <= 176:
		return 176
	case size <= 192:
		return 192
	case size <= 208:
		return 208
	case size <= 224:
		return 224
	case size <= 240:
		return 240
	case size <= 256:
		return 256
	case size <= 288:
		return 288
	case size <= 320:
		return 320
	case size <= 352:
		return 352
	case size <= 384:
		return 384
	case size <= 416:
		return 416
	case size <= 448:
		return 448
	case size <= 480:
		return 480
	case size <= 512:
		return 512
	case size <= 576:
		return 576
	case size <= 640:
		return 640
	case size <= 704:
		return 704
	case size <= 768:
		return 768
	case size <= 896:
		return 896
	case size <= 1024:
		return 1024
	case size <= 1152:
		return 1152
	case size <= 1280:
		return 1280
	case size <= 1408:
		return 1408
	case size <= 1536:
		return 1536
	case size <= 1792:
		return 1792
	case size <= 2048:
		return 2048
	case size <= 2304:
		return 2304
	case size <= 2688:
		return 2688
	case size <= 3072:
		return 3072
	case size <= 3200:
		return 3200
	case size <= 3456:
		return 3456
	case size <= 4096:
		return 4096
	case size <= 4864:
		return 4864
	case size <= 5376:
		return 5376
	case size <= 6144:
		return 6144
	case size <= 6528:
		return 6528
	case size <= 6784:
		return 6784
	case size <= 6912:
		return 6912
	case size <= 8192:
		return 8192
	case size <= 9472:
		return 9472
	case size <= 9728:
		return 9728
	case size <= 10240:
		return 10240
	case size <= 10880:
		return 10880
	case size <= 12288:
		return 12288
	case size <= 13568:
		return 13568
	case size <= 14336:
		return 14336
	case size <= 16384:
		return 16384
	case size <= 18432:
		return 18432
	case size <= 19072:
		return 19072
	case size <= 20480:
		return 20480
	case size <= 21760:
		return 21760
	case size <= 24576:
		return 24576
	case size <= 27264:
		return 27264
	case size <= 28672:
		return 28672
	case size <= 32768:
		return 32768
	}
	if size+pageSize < size {
		return size
	}
	return roundUp(size, pageSize)
}
