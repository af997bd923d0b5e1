package runtime

// Messages of run-time errors, built without allocating (they are printed while panicking).

// The kinds of bounds failure, in the order of the compiler's PanicBounds codes
// (dev.jgo.ssagen.BoundsKind without the unsigned variants, which the caller folds into signed).
const (
	boundsIndex = iota
	boundsSliceAlen
	boundsSliceAcap
	boundsSliceB
	boundsSlice3Alen
	boundsSlice3Acap
	boundsSlice3B
	boundsSlice3C
	boundsConvert
)

// boundsFormat is the message for kind code, with %x for the failing index and %y for the
// bound; when a signed index is negative the bound is left out.
func boundsFormat(code int, negative bool) string {
	if negative {
		switch code {
		case boundsIndex:
			return "index out of range [%x]"
		case boundsSliceAlen, boundsSliceAcap:
			return "slice bounds out of range [:%x]"
		case boundsSliceB:
			return "slice bounds out of range [%x:]"
		case boundsSlice3Alen, boundsSlice3Acap:
			return "slice bounds out of range [::%x]"
		case boundsSlice3B:
			return "slice bounds out of range [:%x:]"
		case boundsSlice3C:
			return "slice bounds out of range [%x::]"
		}
	}
	switch code {
	case boundsIndex:
		return "index out of range [%x] with length %y"
	case boundsSliceAlen:
		return "slice bounds out of range [:%x] with length %y"
	case boundsSliceAcap:
		return "slice bounds out of range [:%x] with capacity %y"
	case boundsSliceB:
		return "slice bounds out of range [%x:%y]"
	case boundsSlice3Alen:
		return "slice bounds out of range [::%x] with length %y"
	case boundsSlice3Acap:
		return "slice bounds out of range [::%x] with capacity %y"
	case boundsSlice3B:
		return "slice bounds out of range [:%x:%y]"
	case boundsSlice3C:
		return "slice bounds out of range [%x:%y:]"
	}
	return "cannot convert slice with length %y to pointer to array with length %x"
}

// boundsMessage writes the message for a bounds failure of kind code into buf and returns
// its length. x is the index (unsigned when signed is false), y the bound.
func boundsMessage(buf []byte, x int64, y int, signed bool, code int) int {
	format := boundsFormat(code, signed && x < 0)
	n := 0
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' {
			buf[n] = c
			n++
			continue
		}
		i++
		if format[i] == 'x' {
			n += formatInt(buf[n:], x, signed)
		} else {
			n += formatInt(buf[n:], int64(y), true)
		}
	}
	return n
}
