package runtime

import "unsafe"

// tmpBufSize is the size of the stack buffer the compiler passes when a result does not
// escape; a nil buffer means the result must live on the heap.
const tmpBufSize = 32

type tmpBuf [tmpBufSize]byte

// concatstrings returns the concatenation of a.
func concatstrings(buf *tmpBuf, a []string) string {
	total := 0
	count := 0
	only := 0
	for i := 0; i < len(a); i++ {
		n := len(a[i])
		if n == 0 {
			continue
		}
		if total+n < total {
			throw("string concatenation too long")
		}
		total += n
		count++
		only = i
	}
	if count == 0 {
		return ""
	}
	// One non-empty operand is the result itself, unless it lives on the stack and the
	// result escapes.
	if count == 1 && (buf != nil || !onStack(stringData(a[only]))) {
		return a[only]
	}
	s, b := rawstringtmp(buf, total)
	at := 0
	for i := 0; i < len(a); i++ {
		at += copy(b[at:], a[i])
	}
	return s
}

func concatstring2(buf *tmpBuf, a0, a1 string) string {
	a := [2]string{a0, a1}
	return concatstrings(buf, a[:])
}

func concatstring3(buf *tmpBuf, a0, a1, a2 string) string {
	a := [3]string{a0, a1, a2}
	return concatstrings(buf, a[:])
}

func concatstring4(buf *tmpBuf, a0, a1, a2, a3 string) string {
	a := [4]string{a0, a1, a2, a3}
	return concatstrings(buf, a[:])
}

func concatstring5(buf *tmpBuf, a0, a1, a2, a3, a4 string) string {
	a := [5]string{a0, a1, a2, a3, a4}
	return concatstrings(buf, a[:])
}

// cmpstring compares a and b bytewise: -1, 0 or +1.
func cmpstring(a, b string) int {
	n := len(a)
	if len(b) < n {
		n = len(b)
	}
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return 1
		}
	}
	switch {
	case len(a) < len(b):
		return -1
	case len(a) > len(b):
		return 1
	}
	return 0
}

// memequal reports whether the size bytes at a and b are equal.
func memequal(a, b unsafe.Pointer, size uintptr) bool {
	if a == b {
		return true
	}
	for i := uintptr(0); i < size; i++ {
		if *(*byte)(add(a, i)) != *(*byte)(add(b, i)) {
			return false
		}
	}
	return true
}

// intstring is string(rune(v)) for an integer v: U+FFFD when v is not a valid rune.
func intstring(buf *[4]byte, v int64) string {
	var p unsafe.Pointer
	if buf != nil {
		p = unsafe.Pointer(buf)
	} else {
		p = mallocgc(4, nil, false)
	}
	if int64(rune(v)) != v {
		v = runeError
	}
	n := encoderune(makeSlice(p, 4, 4), rune(v))
	return makeString(p, n)
}

// slicebytetostring copies the n bytes at ptr into a new string.
func slicebytetostring(buf *tmpBuf, ptr *byte, n int) string {
	if n == 0 {
		return ""
	}
	var p unsafe.Pointer
	if buf != nil && n <= len(buf) {
		p = unsafe.Pointer(buf)
	} else {
		p = mallocgc(uintptr(n), nil, false)
	}
	memmove(p, unsafe.Pointer(ptr), uintptr(n))
	return makeString(p, n)
}

// stringtoslicebyte copies s into a new []byte. Its capacity is what the allocator really
// gives (the buffer's 32, or the size class), as in gc.
func stringtoslicebyte(buf *tmpBuf, s string) []byte {
	var b []byte
	if buf != nil && len(s) <= len(buf) {
		*buf = tmpBuf{}
		b = buf[:len(s)]
	} else {
		b = rawbyteslice(len(s))
	}
	copy(b, s)
	return b
}

// stringtoslicerune decodes s into a new []rune.
func stringtoslicerune(buf *[32]rune, s string) []rune {
	n := countrunes(s)
	var a []rune
	if buf != nil && n <= len(buf) {
		*buf = [32]rune{}
		a = buf[:n]
	} else {
		a = rawruneslice(n)
	}
	i := 0
	for k := 0; k < len(s); i++ {
		if s[k] < 0x80 {
			a[i] = rune(s[k])
			k++
		} else {
			a[i], k = decoderune(s, k)
		}
	}
	return a
}

// slicerunetostring encodes a as UTF-8.
func slicerunetostring(buf *tmpBuf, a []rune) string {
	size := 0
	for i := 0; i < len(a); i++ {
		size += runeLen(a[i])
	}
	s, b := rawstringtmp(buf, size)
	at := 0
	for i := 0; i < len(a); i++ {
		at += encoderune(b[at:], a[i])
	}
	return s
}

// rawstringtmp returns a string of n bytes and the same bytes as a slice to fill in, in buf
// when it is given and large enough.
func rawstringtmp(buf *tmpBuf, n int) (string, []byte) {
	var p unsafe.Pointer
	if buf != nil && n <= len(buf) {
		p = unsafe.Pointer(buf)
	} else {
		p = mallocgc(uintptr(n), nil, false)
	}
	return makeString(p, n), makeSlice(p, n, n)
}

// rawbyteslice allocates a []byte of length n and the capacity of its size class.
func rawbyteslice(n int) []byte {
	c := roundupsize(uintptr(n))
	p := mallocgc(c, nil, false)
	return makeSlice(p, n, int(c))
}

// rawruneslice allocates a []rune of length n and the capacity of its size class.
func rawruneslice(n int) []rune {
	if uintptr(n) > maxAlloc/4 {
		throw("out of memory")
	}
	mem := roundupsize(uintptr(n) * 4)
	sl := slice{mallocgc(mem, nil, false), n, int(mem / 4)}
	return *(*[]rune)(unsafe.Pointer(&sl))
}

func stringData(s string) unsafe.Pointer {
	return (*stringStruct)(unsafe.Pointer(&s)).str
}

// onStack reports whether p points into the current goroutine's stack.
func onStack(p unsafe.Pointer) bool {
	gp := getg()
	return gp.stack.lo <= uintptr(p) && uintptr(p) < gp.stack.hi
}
