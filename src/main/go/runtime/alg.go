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

func interhash(p unsafe.Pointer, h uintptr) uintptr {
	a := (*iface)(p)
	if a.tab == nil {
		return fmix(mixWord(h, 0))
	}
	return dynamicHash(a.tab._type, a.data, h)
}

func nilinterhash(p unsafe.Pointer, h uintptr) uintptr {
	a := (*eface)(p)
	if a._type == nil {
		return fmix(mixWord(h, 0))
	}
	return dynamicHash(a._type, a.data, h)
}

// dynamicHash hashes the value of dynamic type t held in an interface's data word; the type
// is part of the hash, as it is part of equality.
func dynamicHash(t *_type, data unsafe.Pointer, h uintptr) uintptr {
	if t.equal == nil {
		panicError("hash of unhashable type " + t.string())
	}
	h = mixWord(h, uintptr(t.hash))
	if t.kind&kindDirectIface != 0 {
		return typehash(t, unsafe.Pointer(&data), h)
	}
	return typehash(t, data, h)
}

// typehash hashes the value of type t at p by t's kind, structs field by field (blank fields
// skipped) and arrays element by element through their descriptors, as their equal functions compare.
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
		if len((*interfacetype)(unsafe.Pointer(t)).mhdr) == 0 {
			return nilinterhash(p, h)
		}
		return interhash(p, h)
	case kindStruct:
		st := (*structtype)(unsafe.Pointer(t))
		for i := 0; i < len(st.fields); i++ {
			f := &st.fields[i]
			if nameString(f.name) != "_" {
				h = typehash(f.typ, add(p, f.offsetAnon>>1), h)
			}
		}
		return h
	case kindArray:
		at := (*arraytype)(unsafe.Pointer(t))
		for i := uintptr(0); i < at.len; i++ {
			h = typehash(at.elem, add(p, i*at.elem.size), h)
		}
		return h
	}
	return memhash(p, h, t.size)
}

// Equality functions: the equal field of type descriptors and the keyequal of map types.

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

// interequal compares two interfaces with methods by their dynamic types (itabs are not
// unique) and values.
func interequal(p, q unsafe.Pointer) bool {
	x, y := (*iface)(p), (*iface)(q)
	t := x.tab.typ()
	return t == y.tab.typ() && efaceeq(t, x.data, y.data)
}

// nilinterequal compares two empty interfaces.
func nilinterequal(p, q unsafe.Pointer) bool {
	x, y := (*eface)(p), (*eface)(q)
	return x._type == y._type && efaceeq(x._type, x.data, y.data)
}
