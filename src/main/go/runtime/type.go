package runtime

import "unsafe"

// Type descriptors, laid out as gc 1.19 lays them out (the compiler writes them:
// dev.jgo.build.TypeDescriptors). Where gc stores 32-bit offsets from the module's sections
// (nameOff, typeOff, textOff), jgo stores the 32-bit absolute address of the target: the
// executable is not position-independent and lies below 2 GiB.

// _type is the head of every type descriptor.
type _type struct {
	size       uintptr
	ptrdata    uintptr
	hash       uint32
	tflag      uint8
	align      uint8
	fieldAlign uint8
	kind       uint8
	// equal compares two values of the type; nil for types that are not comparable.
	equal     func(unsafe.Pointer, unsafe.Pointer) bool
	gcdata    *byte
	str       int32
	ptrToThis int32
}

// tflagUncommon in _type.tflag: an uncommontype follows the kind's fields.
const tflagUncommon = 1 << 0

// The size of each kind's descriptor before the uncommon type (gc's layouts on amd64).
const (
	typeSize      = 48
	ptrTypeSize   = typeSize + 8
	arrayTypeSize = typeSize + 24
	chanTypeSize  = typeSize + 16
	funcTypeSize  = typeSize + 8
	mapTypeSize   = typeSize + 40
	ifaceTypeSize = typeSize + 32
)

// uncommontype follows the kind's fields of a defined type (and of a pointer to one with
// methods): its package path and its method table, moff bytes from the uncommontype.
type uncommontype struct {
	pkgpath int32
	mcount  uint16
	xcount  uint16
	moff    uint32
	_       uint32
}

// method is an entry of a method table, sorted by name: ifn is the code an itab calls, which
// takes the interface's data word as its receiver.
type method struct {
	name int32
	mtyp int32
	ifn  int32
	tfn  int32
}

// imethod is a method of an interface type, sorted by name.
type imethod struct {
	name int32
	ityp int32
}

type interfacetype struct {
	typ     _type
	pkgpath *byte
	mhdr    []imethod
}

type structfield struct {
	name       *byte
	typ        *_type
	offsetAnon uintptr
}

type structtype struct {
	typ     _type
	pkgPath *byte
	fields  []structfield
}

type arraytype struct {
	typ   _type
	elem  *_type
	slice *_type
	len   uintptr
}

// at32 is the address a 32-bit reference of a descriptor holds.
func at32(ref int32) unsafe.Pointer {
	return unsafe.Pointer(uintptr(uint32(ref)))
}

// nameString decodes a name: a flag byte, the length as a varint, the bytes.
func nameString(p *byte) string {
	if p == nil {
		return ""
	}
	n := 0
	shift := uint(0)
	i := uintptr(1)
	for {
		b := *(*byte)(add(unsafe.Pointer(p), i))
		i++
		n |= int(b&0x7f) << shift
		if b < 0x80 {
			break
		}
		shift += 7
	}
	return makeString(add(unsafe.Pointer(p), i), n)
}

// string is the type's name as Go prints it (main.T, []int, interface {}).
func (t *_type) string() string {
	return nameString((*byte)(at32(t.str)))
}

// uncommon returns the type's uncommon part, or nil when it has none.
func (t *_type) uncommon() *uncommontype {
	if t.tflag&tflagUncommon == 0 {
		return nil
	}
	off := uintptr(typeSize)
	switch t.kind & kindMask {
	case kindPointer, kindSlice:
		off = ptrTypeSize
	case kindArray:
		off = arrayTypeSize
	case kindChan:
		off = chanTypeSize
	case kindFunc:
		off = funcTypeSize
	case kindMap:
		off = mapTypeSize
	case kindInterface, kindStruct:
		off = ifaceTypeSize
	}
	return (*uncommontype)(add(unsafe.Pointer(t), off))
}

// method returns entry i of the method table of an uncommon type.
func (u *uncommontype) method(i int) *method {
	return (*method)(add(unsafe.Pointer(u), uintptr(u.moff)+uintptr(i)*16))
}
