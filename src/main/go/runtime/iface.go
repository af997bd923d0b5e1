package runtime

import "unsafe"

// eface is the run-time shape of an empty interface: the dynamic type and a word that holds
// the value (pointer-shaped types) or points to it.
type eface struct {
	_type *_type
	data  unsafe.Pointer
}

// iface is the run-time shape of other interfaces: the itab instead of the type.
type iface struct {
	tab  *itab
	data unsafe.Pointer
}

// itab is the method table of a concrete type as an interface type: fun has one entry per
// method of inter, in inter's order (the array is as long as that). The compiler writes the
// itabs of conversions it sees (gc's go.itab.T,I); getitab builds the others.
type itab struct {
	inter *interfacetype
	_type *_type
	hash  uint32
	_     [4]byte
	fun   [1]uintptr
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

// printpanicval prints a panic value as gc's panic report does: an error's Error(), a
// Stringer's String(), values of predeclared basic types as print prints them, values of
// other types with a basic underlying type as T(value) (strings quoted), others as (T) address.
func printpanicval(e any) {
	switch v := e.(type) {
	case nil:
		printstring("nil")
	case error:
		printstring(v.Error())
	case stringer:
		printstring(v.String())
	case bool:
		printbool(v)
	case int:
		printint(int64(v))
	case int8:
		printint(int64(v))
	case int16:
		printint(int64(v))
	case int32:
		printint(int64(v))
	case int64:
		printint(v)
	case uint:
		printuint(uint64(v))
	case uint8:
		printuint(uint64(v))
	case uint16:
		printuint(uint64(v))
	case uint32:
		printuint(uint64(v))
	case uint64:
		printuint(v)
	case uintptr:
		printuint(uint64(v))
	case float32:
		printfloat(float64(v))
	case float64:
		printfloat(v)
	case complex64:
		printcomplex(complex(float64(real(v)), float64(imag(v))))
	case complex128:
		printcomplex(v)
	case string:
		printstring(v)
	default:
		printanycustomtype(e)
	}
}

// printanycustomtype prints a panic value of a type that is not predeclared.
func printanycustomtype(e any) {
	ef := efaceOf(&e)
	t := ef._type
	k := t.kind & kindMask
	if k > kindComplex128 && k != kindString {
		printstring("(")
		printstring(t.string())
		printstring(") ")
		printpointer(ef.data)
		return
	}
	printstring(t.string())
	if k == kindString {
		printstring("(\"")
		printstring(*(*string)(ef.data))
		printstring("\")")
		return
	}
	printstring("(")
	printbasic(k, ef.data)
	printstring(")")
}

type stringer interface {
	String() string
}

// printbasic prints the value of numeric or boolean kind k at p as print does.
func printbasic(k uint8, p unsafe.Pointer) {
	switch k {
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
	}
}

// itabs lists the itabs getitab built, so that each pair of types gets one.
var itabs *itabEntry

type itabEntry struct {
	next *itabEntry
	tab  *itab
}

// getitab returns the itab of typ as inter. When typ lacks a method it returns nil if canfail,
// else panics with a TypeAssertionError naming the method.
func getitab(inter *interfacetype, typ *_type, canfail bool) *itab {
	for e := itabs; e != nil; e = e.next {
		if e.tab.inter == inter && e.tab._type == typ {
			return e.tab
		}
	}
	n := len(inter.mhdr)
	m := (*itab)(mallocgc(uintptr(24+8*n), nil, true))
	m.inter = inter
	m._type = typ
	m.hash = typ.hash
	missing := m.fill()
	if missing != "" {
		if canfail {
			return nil
		}
		panic(&TypeAssertionError{concrete: typ, asserted: &inter.typ, missingMethod: missing})
	}
	itabs = &itabEntry{itabs, m}
	return m
}

// fill finds each method of m.inter in the method table of m._type (both are sorted by name;
// names and types are the same symbols, so their addresses are compared). It returns the name
// of the first method missing, or "".
func (m *itab) fill() string {
	u := m._type.uncommon()
	j := 0
	for k := 0; k < len(m.inter.mhdr); k++ {
		im := &m.inter.mhdr[k]
		found := false
		for u != nil && j < int(u.mcount) {
			tm := u.method(j)
			j++
			if tm.name == im.name && tm.mtyp == im.ityp {
				*(*uintptr)(add(unsafe.Pointer(&m.fun[0]), uintptr(k)*8)) = uintptr(uint32(tm.ifn))
				found = true
				break
			}
		}
		if !found {
			return nameString((*byte)(at32(im.name)))
		}
	}
	return ""
}

// convI2I converts an interface value with itab tab to interface type inter (a conversion
// the compiler knows succeeds).
func convI2I(inter *interfacetype, tab *itab) *itab {
	if tab == nil {
		return nil
	}
	if tab.inter == inter {
		return tab
	}
	return getitab(inter, tab._type, false)
}

// assertE2I is x.(I) for an interface type I with methods and t the dynamic type of x.
func assertE2I(inter *interfacetype, t *_type) *itab {
	if t == nil {
		panic(&TypeAssertionError{asserted: &inter.typ})
	}
	return getitab(inter, t, false)
}

// assertE2I2 is v, ok := x.(I): nil when x is nil or its type lacks a method.
func assertE2I2(inter *interfacetype, t *_type) *itab {
	if t == nil {
		return nil
	}
	return getitab(inter, t, true)
}

// panicdottype is a failed x.(T) for x of interface type iface holding type have.
func panicdottype(have, want, iface *_type) {
	panic(&TypeAssertionError{iface, have, want, ""})
}

// panicnildottype is a failed x.(I) for a nil x.
func panicnildottype(want *_type) {
	panic(&TypeAssertionError{nil, nil, want, ""})
}

// panicwrap is a value method called through a nil pointer (the compiler's wrapper (*T).m
// found the pointer nil); msg names the method.
func panicwrap(msg string) {
	panic(plainError(msg))
}

// A TypeAssertionError is a failed type assertion or interface conversion.
type TypeAssertionError struct {
	_interface    *_type
	concrete      *_type
	asserted      *_type
	missingMethod string
}

func (*TypeAssertionError) RuntimeError() {}

func (e *TypeAssertionError) Error() string {
	inter := "interface"
	if e._interface != nil {
		inter = e._interface.string()
	}
	as := e.asserted.string()
	if e.concrete == nil {
		return "interface conversion: " + inter + " is nil, not " + as
	}
	cs := e.concrete.string()
	if e.missingMethod != "" {
		return "interface conversion: " + cs + " is not " + as + ": missing method " + e.missingMethod
	}
	msg := "interface conversion: " + inter + " is " + cs + ", not " + as
	if cs == as {
		msg += " (types from different scopes)"
	}
	return msg
}

// plainError is a run-time error whose message has no "runtime error: " prefix.
type plainError string

func (e plainError) RuntimeError() {}

func (e plainError) Error() string {
	return string(e)
}

// efaceeq reports whether the values with data words x and y of the same dynamic type t are
// equal (true when t is nil: both interfaces are nil). Comparing values of a type that is not
// comparable panics.
func efaceeq(t *_type, x, y unsafe.Pointer) bool {
	if t == nil {
		return true
	}
	if t.equal == nil {
		panicError("comparing uncomparable type " + t.string())
	}
	if t.kind&kindDirectIface != 0 {
		return x == y
	}
	return t.equal(x, y)
}

// typ is the dynamic type of an interface whose itab is m (nil for a nil interface).
func (m *itab) typ() *_type {
	if m == nil {
		return nil
	}
	return m._type
}
