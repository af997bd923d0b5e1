package fmt

import (
	"strconv"
	"unsafe"
)

// printArg prints one operand for the verb.
func (p *printer) printArg(arg any, verb rune) {
	if arg == nil {
		switch verb {
		case 'T', 'v':
			p.pad("<nil>")
		default:
			p.badVerb(arg, verb)
		}
		return
	}
	switch verb {
	case 'T':
		p.pad(typeName(arg))
		return
	case 'p':
		p.fmtPointer(arg, verb)
		return
	}
	if p.handleMethods(arg, verb) {
		return
	}
	switch v := arg.(type) {
	case bool:
		if verb != 'v' && verb != 't' {
			p.badVerb(arg, verb)
			return
		}
		p.pad(strconv.FormatBool(v))
	case int:
		p.fmtSigned(int64(v), verb, arg)
	case int8:
		p.fmtSigned(int64(v), verb, arg)
	case int16:
		p.fmtSigned(int64(v), verb, arg)
	case int32:
		p.fmtSigned(int64(v), verb, arg)
	case int64:
		p.fmtSigned(v, verb, arg)
	case uint:
		p.fmtUnsigned(uint64(v), verb, arg)
	case uint8:
		p.fmtUnsigned(uint64(v), verb, arg)
	case uint16:
		p.fmtUnsigned(uint64(v), verb, arg)
	case uint32:
		p.fmtUnsigned(uint64(v), verb, arg)
	case uint64:
		p.fmtUnsigned(v, verb, arg)
	case uintptr:
		p.fmtUnsigned(uint64(v), verb, arg)
	case float32:
		p.fmtFloat(float64(v), 32, verb, arg)
	case float64:
		p.fmtFloat(v, 64, verb, arg)
	case complex64:
		p.fmtComplex(complex128(v), 32, verb, arg)
	case complex128:
		p.fmtComplex(v, 64, verb, arg)
	case string:
		p.fmtString(v, verb, arg)
	case []byte:
		p.fmtBytes(v, verb, arg)
	case unsafe.Pointer:
		p.fmtPointer(arg, verb)
	case []int:
		p.printList(len(v), verb, func(i int) any { return v[i] })
	case []string:
		p.printList(len(v), verb, func(i int) any { return v[i] })
	case []float64:
		p.printList(len(v), verb, func(i int) any { return v[i] })
	case []bool:
		p.printList(len(v), verb, func(i int) any { return v[i] })
	case []any:
		p.printList(len(v), verb, func(i int) any { return v[i] })
	case []int32:
		p.printList(len(v), verb, func(i int) any { return v[i] })
	case []int64:
		p.printList(len(v), verb, func(i int) any { return v[i] })
	case []uint:
		p.printList(len(v), verb, func(i int) any { return v[i] })
	case []uint32:
		p.printList(len(v), verb, func(i int) any { return v[i] })
	case []uint64:
		p.printList(len(v), verb, func(i int) any { return v[i] })
	case []float32:
		p.printList(len(v), verb, func(i int) any { return v[i] })
	case [][]byte:
		p.printList(len(v), verb, func(i int) any { return v[i] })
	case []error:
		p.printList(len(v), verb, func(i int) any { return v[i] })
	default:
		p.pad("{?}")
	}
}

// fmtSigned prints an integer; 'v' with # prints it as Go syntax (the same for integers).
func (p *printer) fmtSigned(v int64, verb rune, arg any) {
	if v < 0 {
		p.fmtInteger(uint64(-v), true, verb, arg)
		return
	}
	p.fmtInteger(uint64(v), false, verb, arg)
}

// fmtUnsigned prints an unsigned integer; %#v prints it in hexadecimal, as Go does.
func (p *printer) fmtUnsigned(v uint64, verb rune, arg any) {
	if verb == 'v' && p.f.sharpV {
		p.f.sharp = true
		p.fmtInteger(v, false, 'x', arg)
		return
	}
	p.fmtInteger(v, false, verb, arg)
}

func (p *printer) fmtComplex(v complex128, size int, verb rune, arg any) {
	switch verb {
	case 'v', 'b', 'g', 'G', 'x', 'X', 'f', 'F', 'e', 'E':
	default:
		p.badVerb(arg, verb)
		return
	}
	wid, plus := p.f.wid, p.f.plus
	var q printer
	q.f = p.f
	q.f.widPresent = false
	q.buf = append(q.buf, '(')
	q.fmtFloat(real(v), size/2*2, verb, arg)
	q.f.plus = true
	q.fmtFloat(imag(v), size/2*2, verb, arg)
	q.buf = append(q.buf, 'i', ')')
	p.f.wid, p.f.plus = wid, plus
	p.pad(string(q.buf))
}

func (p *printer) fmtBytes(v []byte, verb rune, arg any) {
	switch verb {
	case 's', 'q', 'x', 'X':
		p.fmtString(string(v), verb, arg)
	case 'v', 'd':
		if p.f.sharpV {
			p.writeString("[]byte{")
			for i, c := range v {
				if i > 0 {
					p.writeString(", ")
				}
				p.writeString("0x" + strconv.FormatUint(uint64(c), 16))
			}
			p.buf = append(p.buf, '}')
			return
		}
		p.printList(len(v), verb, func(i int) any { return v[i] })
	default:
		p.printList(len(v), verb, func(i int) any { return v[i] })
	}
}

// printList prints the elements as [e1 e2 ...], each with the verb.
func (p *printer) printList(n int, verb rune, at func(int) any) {
	p.buf = append(p.buf, '[')
	f := p.f
	for i := 0; i < n; i++ {
		if i > 0 {
			p.buf = append(p.buf, ' ')
		}
		p.f = f
		p.printArg(at(i), verb)
	}
	p.buf = append(p.buf, ']')
}

// fmtPointer prints the address of a pointer-like operand; without reflection only
// unsafe.Pointer and uintptr operands are known to be pointers.
func (p *printer) fmtPointer(arg any, verb rune) {
	var u uintptr
	switch v := arg.(type) {
	case unsafe.Pointer:
		u = uintptr(v)
	default:
		p.badVerb(arg, verb)
		return
	}
	if verb == 'v' && u == 0 {
		p.pad("<nil>")
		return
	}
	p.f.sharp = !p.f.sharp
	p.fmtInteger(uint64(u), false, 'x', arg)
}

// handleMethods prints arg through its Formatter, GoStringer, error or Stringer method when
// it has one that applies, recovering from a panic inside it as Go does.
func (p *printer) handleMethods(arg any, verb rune) (handled bool) {
	if f, ok := arg.(Formatter); ok {
		defer p.catchPanic(arg, verb, "Format")
		f.Format(p, verb)
		return true
	}
	if p.f.sharpV {
		if g, ok := arg.(GoStringer); ok {
			defer p.catchPanic(arg, verb, "GoString")
			p.writeString(g.GoString())
			return true
		}
		return false
	}
	switch verb {
	case 'v', 's', 'x', 'X', 'q':
	default:
		return false
	}
	switch v := arg.(type) {
	case error:
		defer p.catchPanic(arg, verb, "Error")
		p.fmtString(v.Error(), verb, arg)
		return true
	case Stringer:
		defer p.catchPanic(arg, verb, "String")
		p.fmtString(v.String(), verb, arg)
		return true
	}
	return false
}

func (p *printer) catchPanic(arg any, verb rune, method string) {
	if err := recover(); err != nil {
		p.writeString("%!")
		p.buf = append(p.buf, string(verb)...)
		p.writeString("(PANIC=" + method + " method: ")
		p.f = flags{}
		p.printArg(err, 'v')
		p.buf = append(p.buf, ')')
	}
}

// typeName returns the name of arg's dynamic type for the basic types and the slices
// printArg knows, "?" otherwise.
func typeName(arg any) string {
	switch arg.(type) {
	case bool:
		return "bool"
	case int:
		return "int"
	case int8:
		return "int8"
	case int16:
		return "int16"
	case int32:
		return "int32"
	case int64:
		return "int64"
	case uint:
		return "uint"
	case uint8:
		return "uint8"
	case uint16:
		return "uint16"
	case uint32:
		return "uint32"
	case uint64:
		return "uint64"
	case uintptr:
		return "uintptr"
	case float32:
		return "float32"
	case float64:
		return "float64"
	case complex64:
		return "complex64"
	case complex128:
		return "complex128"
	case string:
		return "string"
	case []byte:
		return "[]uint8"
	case unsafe.Pointer:
		return "unsafe.Pointer"
	case []int:
		return "[]int"
	case []string:
		return "[]string"
	case []float64:
		return "[]float64"
	case []bool:
		return "[]bool"
	case []any:
		return "[]interface {}"
	case []int32:
		return "[]int32"
	case []int64:
		return "[]int64"
	case []uint:
		return "[]uint"
	case []uint32:
		return "[]uint32"
	case []uint64:
		return "[]uint64"
	case []float32:
		return "[]float32"
	case [][]byte:
		return "[][]uint8"
	case []error:
		return "[]error"
	case error:
		return "error"
	}
	return "?"
}
