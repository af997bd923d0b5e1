package runtime

import "unsafe"

// The equal functions of type descriptors (_type.equal) for the types the compiler does not
// compare field by field: each compares the values at p and q.

func memequal8(p, q unsafe.Pointer) bool {
	return *(*int8)(p) == *(*int8)(q)
}

func memequal16(p, q unsafe.Pointer) bool {
	return *(*int16)(p) == *(*int16)(q)
}

func memequal32(p, q unsafe.Pointer) bool {
	return *(*int32)(p) == *(*int32)(q)
}

func memequal64(p, q unsafe.Pointer) bool {
	return *(*int64)(p) == *(*int64)(q)
}

func f32equal(p, q unsafe.Pointer) bool {
	return *(*float32)(p) == *(*float32)(q)
}

func f64equal(p, q unsafe.Pointer) bool {
	return *(*float64)(p) == *(*float64)(q)
}

func c64equal(p, q unsafe.Pointer) bool {
	return *(*complex64)(p) == *(*complex64)(q)
}

func c128equal(p, q unsafe.Pointer) bool {
	return *(*complex128)(p) == *(*complex128)(q)
}

func strequal(p, q unsafe.Pointer) bool {
	return *(*string)(p) == *(*string)(q)
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
