package runtime

import "unsafe"

// The targets of print and println: each writes straight to standard error, in gc's formats.

// gwrite writes b to standard error.
func gwrite(b []byte) {
	if len(b) > 0 {
		write(2, unsafe.Pointer(&b[0]), int32(len(b)))
	}
}

// printlock and printunlock bracket one print statement; with one thread there is nothing to
// lock yet.
func printlock()   {}
func printunlock() {}

func printsp() { printstring(" ") }
func printnl() { printstring("\n") }

func printbool(v bool) {
	if v {
		printstring("true")
	} else {
		printstring("false")
	}
}

// printfloat prints v as gc does: NaN, ±Inf, or a sign, seven significant digits and a signed
// three-digit exponent (+1.500000e+000).
func printfloat(v float64) {
	if v != v {
		printstring("NaN")
		return
	}
	if v+v == v && v != 0 {
		if v < 0 {
			printstring("-Inf")
		} else {
			printstring("+Inf")
		}
		return
	}
	const digits = 7
	var buf [digits + 7]byte
	buf[0] = '+'
	exp := 0
	if v == 0 {
		if 1/v < 0 {
			buf[0] = '-'
		}
	} else {
		if v < 0 {
			v = -v
			buf[0] = '-'
		}
		// Scale into [1, 10), then round at the last digit printed.
		for v >= 10 {
			exp++
			v /= 10
		}
		for v < 1 {
			exp--
			v *= 10
		}
		half := 5.0
		for i := 0; i < digits; i++ {
			half /= 10
		}
		v += half
		if v >= 10 {
			exp++
			v /= 10
		}
	}
	for i := 0; i < digits; i++ {
		d := int(v)
		buf[i+2] = byte(d + '0')
		v -= float64(d)
		v *= 10
	}
	buf[1] = buf[2]
	buf[2] = '.'
	buf[digits+2] = 'e'
	buf[digits+3] = '+'
	if exp < 0 {
		exp = -exp
		buf[digits+3] = '-'
	}
	buf[digits+4] = byte(exp/100 + '0')
	buf[digits+5] = byte(exp/10%10 + '0')
	buf[digits+6] = byte(exp%10 + '0')
	gwrite(buf[:])
}

func printcomplex(c complex128) {
	printstring("(")
	printfloat(real(c))
	printfloat(imag(c))
	printstring("i)")
}

func printuint(v uint64) {
	var buf [20]byte
	gwrite(buf[:formatInt(buf[:], int64(v), false)])
}

func printint(v int64) {
	var buf [20]byte
	gwrite(buf[:formatInt(buf[:], v, true)])
}

// formatInt writes v in decimal, as a signed or an unsigned number, and returns the length.
func formatInt(buf []byte, v int64, signed bool) int {
	n := 0
	u := uint64(v)
	if signed && v < 0 {
		buf[0] = '-'
		n = 1
		u = uint64(-v)
	}
	var digits [20]byte
	i := len(digits)
	for {
		i--
		digits[i] = byte(u%10 + '0')
		u /= 10
		if u == 0 {
			break
		}
	}
	return n + copy(buf[n:], digits[i:])
}

// printhex prints v in lower-case hexadecimal with a 0x prefix.
func printhex(v uint64) {
	const hexDigits = "0123456789abcdef"
	var buf [18]byte
	i := len(buf)
	for {
		i--
		buf[i] = hexDigits[v%16]
		v /= 16
		if v == 0 {
			break
		}
	}
	i--
	buf[i] = 'x'
	i--
	buf[i] = '0'
	gwrite(buf[i:])
}

func printpointer(p unsafe.Pointer) {
	printhex(uint64(uintptr(p)))
}

func printstring(s string) {
	gwrite(bytes(s))
}

// printslice prints a slice as [len/cap]0xarray.
func printslice(s []byte) {
	sp := (*slice)(unsafe.Pointer(&s))
	printstring("[")
	printint(int64(len(s)))
	printstring("/")
	printint(int64(cap(s)))
	printstring("]")
	printpointer(sp.array)
}
