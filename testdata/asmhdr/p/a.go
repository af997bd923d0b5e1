// Package p declares what gc's -asmhdr writes to go_asm.h (struct types, aliases, constants of
// every kind) and what it leaves out (floats, non-struct types, blank names, local declarations).
package p

import "unsafe"

const (
	Small       = 3
	Big         = 1 << 40
	Neg         = -7
	Str         = "hello\n\"q\""
	F           = 1.5
	untypedBool = true
	typed int32 = 9
	huge        = 1 << 70
	Hex         = 0xff
	Ch          = 'x'
	Ptr         = unsafe.Sizeof(uintptr(0))
	_           = 4
	Whole       = 2.0
	F32 float32 = 3
	Cpx         = 1i
)

type Point struct {
	X, Y  int32
	Name  string
	_     [3]byte
	inner struct{ A int8 }
	next  *Point
	Embedded
}

type Embedded struct {
	flag bool
	n    uint16
}

type Pair [2]int64
type empty struct{}
type Alias = Point
type iface interface{ M() }
type named int

func f() {
	type local struct{ q int }
	const lc = 5
	_ = lc
}
