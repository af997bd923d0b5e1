package runtime

import "unsafe"

// Hashing and equality of map keys. A hash function takes the address of a value and a seed
// and returns the seed mixed with the value; equal values give equal hashes for the same seed.
// The compiler points a map type's hasher at one of the functions below (or, for structs and
// arrays that are not plain memory, at a function it generates from them: dev.jgo.ssagen.Algs).
// The equality functions are what type descriptors and map types use to compare keys.
//
// The mixing is our own: each word is folded into the state with a multiply and a rotate, and
// the result goes through a 64-bit finalizer so that the low bits (the ones a table index
// uses) depend on every input bit. It is not meant to resist chosen-key attacks beyond what
// the per-process seed gives.

const (
	hashMul1 = 0x9e3779b97f4a7c15
	hashMul2 = 0xc2b2ae3d27d4eb4f
)

// hashRandom is the state of fastrand, seeded from the kernel's AT_RANDOM bytes.
var hashRandom uint64

// fastrand returns a pseudo-random number (xorshift64*); the first call seeds the state.
func fastrand() uint64 {
	if hashRandom == 0 {
		hashRandom = auxvRandom() | 1
	}
	x := hashRandom
	x ^= x >> 12
	x ^= x << 25
	x ^= x >> 27
	hashRandom = x
	return x * 0x2545f4914f6cdd1d
}

// auxvRandom reads the 8 first of the 16 random bytes the kernel passes in the auxiliary
// vector (AT_RANDOM), which follows argv and the environment on the initial stack.
func auxvRandom() uint64 {
	const atNull, atRandom = 0, 25
	p := unsafe.Pointer(argv)
	i := uintptr(argc) + 1
	for *(*uintptr)(add(p, i*8)) != 0 {
		i++
	}
	for i++; ; i += 2 {
		tag := *(*uintptr)(add(p, i*8))
		if tag == atNull {
			return 0x853c49e6748fea9b
		}
		if tag == atRandom {
			return *(*uint64)(unsafe.Pointer(*(*uintptr)(add(p, (i+1)*8))))
		}
	}
}

// fmix is a 64-bit finalizer: every output bit depends on every input bit.
func fmix(h uintptr) uintptr {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

// mixWord folds one word into the state h.
func mixWord(h, w uintptr) uintptr {
	h ^= w * hashMul1
	return (h<<31 | h>>33) * hashMul2
}

// memhash hashes the size bytes at p.
func memhash(p unsafe.Pointer, h, size uintptr) uintptr {
	h = mixWord(h, size)
	for size >= 8 {
		h = mixWord(h, *(*uintptr)(p))
		p = add(p, 8)
		size -= 8
	}
	if size > 0 {
		var w uintptr
		for i := uintptr(0); i < size; i++ {
			w |= uintptr(*(*byte)(add(p, i))) << (8 * i)
		}
		h = mixWord(h, w)
	}
	return fmix(h)
}

func memhash0(p unsafe.Pointer, h uintptr) uintptr  { return fmix(h) }
func memhash8(p unsafe.Pointer, h uintptr) uintptr  { return fmix(mixWord(h, uintptr(*(*uint8)(p)))) }
func memhash16(p unsafe.Pointer, h uintptr) uintptr { return fmix(mixWord(h, uintptr(*(*uint16)(p)))) }
func memhash32(p unsafe.Pointer, h uintptr) uintptr { return fmix(mixWord(h, uintptr(*(*uint32)(p)))) }
func memhash64(p unsafe.Pointer, h uintptr) uintptr { return fmix(mixWord(h, *(*uintptr)(p))) }

func strhash(p unsafe.Pointer, h uintptr) uintptr {
	s := (*stringStruct)(p)
	return memhash(s.str, h, uintptr(s.len))
}

// Floats: +0 and -0 are equal, so they hash alike; NaN equals nothing, not even itself, so
// each NaN gets a random hash (a map then holds every NaN key it is given).

func f32hash(p unsafe.Pointer, h uintptr) uintptr {
	f := *(*float32)(p)
	switch {
	case f == 0:
		return fmix(mixWord(h, 0))
	case f != f:
		return fmix(mixWord(h, uintptr(fastrand())))
	}
	return memhash32(p, h)
}

func f64hash(p unsafe.Pointer, h uintptr) uintptr {
	f := *(*float64)(p)
	switch {
	case f == 0:
		return fmix(mixWord(h, 0))
	case f != f:
		return fmix(mixWord(h, uintptr(fastrand())))
	}
	return memhash64(p, h)
}

func c64hash(p unsafe.Pointer, h uintptr) uintptr {
	return f32hash(add(p, 4), f32hash(p, h))
}

func c128hash(p unsafe.Pointer, h uintptr) uintptr {
	return f64hash(add(p, 8), f64hash(p, h))
}

// iface is the run-time shape of a non-empty interface: the itab (whose second word is the
// dynamic type) and the data word.
type iface struct {
	tab  *itabHead
	data unsafe.Pointer
}

// itabHead is the start of an itab, as gc lays it out: the interface type, the dynamic type.
type itabHead struct {
	inter unsafe.Pointer
	typ   *_type
}

func interhash(p unsafe.Pointer, h uintptr) uintptr {
	a := (*iface)(p)
	if a.tab == nil {
		return fmix(mixWord(h, 0))
	}
	return dynamicHash(a.tab.typ, a.data, h)
}

func nilinterhash(p unsafe.Pointer, h uintptr) uintptr {
	a := (*eface)(p)
	if a._type == nil {
		return fmix(mixWord(h, 0))
	}
	return dynamicHash(a._type, a.data, h)
}

// dynamicHash hashes the value of dynamic type t held in an interface's data word.
func dynamicHash(t *_type, data unsafe.Pointer, h uintptr) uintptr {
	if t.equal == nil {
		panicUnhashable(t)
	}
	if isDirectIface(t) {
		return typehash(t, unsafe.Pointer(&data), h)
	}
	return typehash(t, data, h)
}

// isDirectIface reports whether values of t are stored in the interface word itself.
func isDirectIface(t *_type) bool {
	switch t.kind & kindMask {
	case kindPointer, kindChan, kindMap, kindFunc, kindUnsafePointer:
		return true
	}
	return t.kind&kindDirectIface != 0
}

// typehash hashes the value of type t at p, by t's kind. Structs and arrays hash only their
// type's size: consistent with equality (equal values have the same type), but every value of
// one such type lands in the same chain. Their own hashers are compiler-generated and type
// descriptors do not point to them.
func typehash(t *_type, p unsafe.Pointer, h uintptr) uintptr {
	switch t.kind & kindMask {
	case kindFloat32:
		return f32hash(p, h)
	case kindFloat64:
		return f64hash(p, h)
	case kindComplex64:
		return c64hash(p, h)
	case kindComplex128:
		return c128hash(p, h)
	case kindString:
		return strhash(p, h)
	case kindInterface:
		return interhash(p, h)
	case kindStruct, kindArray:
		return fmix(mixWord(h, t.size))
	}
	return memhash(p, h, t.size)
}

func panicUnhashable(t *_type) {
	printstring("panic: runtime error: hash of unhashable type ")
	printstring(typeString(t))
	printstring("\n")
	dieWithGoroutine(2)
}

// Equality functions, the equal field of type descriptors and the keyequal of map types.

func memequal0(p, q unsafe.Pointer) bool  { return true }
func memequal8(p, q unsafe.Pointer) bool  { return *(*uint8)(p) == *(*uint8)(q) }
func memequal16(p, q unsafe.Pointer) bool { return *(*uint16)(p) == *(*uint16)(q) }
func memequal32(p, q unsafe.Pointer) bool { return *(*uint32)(p) == *(*uint32)(q) }
func memequal64(p, q unsafe.Pointer) bool { return *(*uint64)(p) == *(*uint64)(q) }
func f32equal(p, q unsafe.Pointer) bool   { return *(*float32)(p) == *(*float32)(q) }
func f64equal(p, q unsafe.Pointer) bool   { return *(*float64)(p) == *(*float64)(q) }
func c64equal(p, q unsafe.Pointer) bool   { return *(*complex64)(p) == *(*complex64)(q) }
func c128equal(p, q unsafe.Pointer) bool  { return *(*complex128)(p) == *(*complex128)(q) }

func strequal(p, q unsafe.Pointer) bool {
	a, b := (*stringStruct)(p), (*stringStruct)(q)
	return a.len == b.len && memequal(a.str, b.str, uintptr(a.len))
}

func interequal(p, q unsafe.Pointer) bool {
	a, b := (*iface)(p), (*iface)(q)
	if a.tab != b.tab {
		return false
	}
	return a.tab == nil || dynamicEqual(a.tab.typ, a.data, b.data)
}

func nilinterequal(p, q unsafe.Pointer) bool {
	a, b := (*eface)(p), (*eface)(q)
	if a._type != b._type {
		return false
	}
	return a._type == nil || dynamicEqual(a._type, a.data, b.data)
}

// dynamicEqual compares two data words of dynamic type t; t.equal is the type's equality
// function (a func value), nil for types that are not comparable.
func dynamicEqual(t *_type, x, y unsafe.Pointer) bool {
	if t.equal == nil {
		panicUncomparable(t)
	}
	if isDirectIface(t) {
		return x == y
	}
	eq := *(*func(unsafe.Pointer, unsafe.Pointer) bool)(unsafe.Pointer(&t.equal))
	return eq(x, y)
}

func panicUncomparable(t *_type) {
	printstring("panic: runtime error: comparing uncomparable type ")
	printstring(typeString(t))
	printstring("\n")
	dieWithGoroutine(2)
}

// typeString names t in a run-time error. Type descriptors carry no names yet (their str
// field is 0), so only the kind can be told.
func typeString(t *_type) string {
	switch t.kind & kindMask {
	case kindSlice:
		return "slice"
	case kindMap:
		return "map"
	case kindFunc:
		return "func"
	case kindStruct:
		return "struct"
	case kindArray:
		return "array"
	}
	return "type"
}
