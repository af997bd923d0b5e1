package runtime

import "unsafe"

// eface is the run-time shape of an empty interface: the dynamic type and a word that holds
// the value (pointer-shaped types) or points to it.
type eface struct {
	_type *_type
	data  unsafe.Pointer
}

// Kinds of types, stored in _type.kind (gc's numbering); kindDirectIface marks a type whose
// value is stored in the interface word itself.
const (
	kindBool = 1 + iota
	kindInt
	kindInt8
	kindInt16
	kindInt32
	kindInt64
	kindUint
	kindUint8
	kindUint16
	kindUint32
	kindUint64
	kindUintptr
	kindFloat32
	kindFloat64
	kindComplex64
	kindComplex128
	kindArray
	kindChan
	kindFunc
	kindInterface
	kindMap
	kindPointer
	kindSlice
	kindString
	kindStruct
	kindUnsafePointer

	kindDirectIface = 1 << 5
	kindMask        = 1<<5 - 1
)

func efaceOf(e *any) *eface {
	return (*eface)(unsafe.Pointer(e))
}

// printeface prints an interface as println does: (type,data).
func printeface(e any) {
	ef := efaceOf(&e)
	printstring("(")
	printpointer(unsafe.Pointer(ef._type))
	printstring(",")
	printpointer(ef.data)
	printstring(")")
}

// printpanicval prints a panic value as gc's panic report does: values of basic types as
// print prints them, other values as (type) address.
//
// gc prints a value of a defined type with a basic underlying type as T(value) and quotes
// strings, and calls Error or String first; both need type names and method tables, which
// jgo's type descriptors do not carry yet, so such values print like their underlying type.
func printpanicval(e any) {
	ef := efaceOf(&e)
	if ef._type == nil {
		printstring("nil")
		return
	}
	p := ef.data
	switch ef._type.kind & kindMask {
	case kindBool:
		printbool(*(*bool)(p))
	case kindInt, kindInt64:
		printint(*(*int64)(p))
	case kindInt8:
		printint(int64(*(*int8)(p)))
	case kindInt16:
		printint(int64(*(*int16)(p)))
	case kindInt32:
		printint(int64(*(*int32)(p)))
	case kindUint, kindUint64, kindUintptr:
		printuint(*(*uint64)(p))
	case kindUint8:
		printuint(uint64(*(*uint8)(p)))
	case kindUint16:
		printuint(uint64(*(*uint16)(p)))
	case kindUint32:
		printuint(uint64(*(*uint32)(p)))
	case kindFloat32:
		printfloat(float64(*(*float32)(p)))
	case kindFloat64:
		printfloat(*(*float64)(p))
	case kindComplex64:
		c := *(*complex64)(p)
		printcomplex(complex(float64(real(c)), float64(imag(c))))
	case kindComplex128:
		printcomplex(*(*complex128)(p))
	case kindString:
		printstring(*(*string)(p))
	default:
		printstring("() ")
		printpointer(p)
	}
}
