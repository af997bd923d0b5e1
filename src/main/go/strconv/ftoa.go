package strconv

import "math"

// floatFormat describes an IEEE 754 binary format.
type floatFormat struct {
	mantBits uint // stored mantissa bits
	expBits  uint
	bias     int
}

var (
	float32Format = floatFormat{23, 8, -127}
	float64Format = floatFormat{52, 11, -1023}
)

// decompose splits the bits of a finite float into mant × 2^exp, with the implicit bit
// restored, and reports the quarter-ulp gap to the float below (see shortestDigits).
func (f floatFormat) decompose(bits uint64) (mant uint64, exp int, lowGap uint32) {
	biased := int(bits>>f.mantBits) & (1<<f.expBits - 1)
	mant = bits & (1<<f.mantBits - 1)
	exp = biased + f.bias - int(f.mantBits)
	lowGap = 2
	if biased == 0 {
		exp++
	} else {
		if mant == 0 && biased > 1 {
			lowGap = 1
		}
		mant |= 1 << f.mantBits
	}
	return mant, exp, lowGap
}

// FormatFloat formats f as a string, in format fmt ('e', 'E', 'f', 'g', 'G' or 'b') with
// prec digits (after the point for 'e' and 'f', significant for 'g'), or the fewest digits
// that read back as f when prec is -1. bitSize is 32 or 64: the precision f was rounded to.
func FormatFloat(f float64, fmt byte, prec, bitSize int) string {
	return string(AppendFloat(make([]byte, 0, 24), f, fmt, prec, bitSize))
}

// AppendFloat appends what FormatFloat returns to dst.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	var bits uint64
	var format floatFormat
	switch bitSize {
	case 32:
		bits = uint64(math.Float32bits(float32(f)))
		format = float32Format
	case 64:
		bits = math.Float64bits(f)
		format = float64Format
	default:
		panic("strconv: illegal AppendFloat/FormatFloat bitSize")
	}
	signBit := format.mantBits + format.expBits
	neg := bits>>signBit != 0
	bits &^= 1 << signBit
	switch {
	case math.IsNaN(f):
		return append(dst, "NaN"...)
	case bits>>format.mantBits == 1<<format.expBits-1:
		if neg {
			return append(dst, "-Inf"...)
		}
		return append(dst, "+Inf"...)
	}
	mant, exp, lowGap := format.decompose(bits)
	if fmt == 'b' {
		return formatBinary(dst, neg, mant, exp)
	}
	if fmt != 'e' && fmt != 'E' && fmt != 'f' && fmt != 'g' && fmt != 'G' {
		return append(dst, '%', fmt)
	}
	shortest := prec < 0
	var d digits
	if shortest {
		d = shortestDigits(mant, exp, lowGap)
		switch fmt {
		case 'e', 'E':
			prec = max0(len(d.d) - 1)
		case 'f':
			prec = max0(len(d.d) - d.dp)
		default:
			prec = len(d.d)
		}
	} else {
		d = exactDigits(mant, exp)
		switch fmt {
		case 'e', 'E':
			d = d.roundTo(prec + 1)
		case 'f':
			d = d.roundTo(d.dp + prec)
		default:
			if prec == 0 {
				prec = 1
			}
			d = d.roundTo(prec)
		}
	}
	return formatDigits(dst, neg, d, prec, fmt, shortest)
}

func max0(n int) int {
	if n < 0 {
		return 0
	}
	return n
}

// formatDigits writes the rounded digits in the format, choosing between %e and %f for 'g'
// as C's printf does: %e when the exponent is below -4 or at least the precision (6 for
// the shortest form).
func formatDigits(dst []byte, neg bool, d digits, prec int, fmt byte, shortest bool) []byte {
	switch fmt {
	case 'e', 'E':
		return formatE(dst, neg, d, prec, fmt)
	case 'f':
		return formatF(dst, neg, d, prec)
	}
	eprec := prec
	if eprec > len(d.d) && len(d.d) >= d.dp {
		eprec = len(d.d)
	}
	if shortest {
		eprec = 6
	}
	if exp := d.dp - 1; exp < -4 || exp >= eprec {
		if prec > len(d.d) {
			prec = len(d.d)
		}
		return formatE(dst, neg, d, max0(prec-1), fmt+'e'-'g')
	}
	if prec > d.dp {
		prec = len(d.d)
	}
	return formatF(dst, neg, d, max0(prec-d.dp))
}

func digitAt(d digits, i int) byte {
	if i < 0 || i >= len(d.d) {
		return '0'
	}
	return '0' + d.d[i]
}

// formatE writes -d.ddddde±dd.
func formatE(dst []byte, neg bool, d digits, prec int, fmt byte) []byte {
	if neg {
		dst = append(dst, '-')
	}
	dst = append(dst, digitAt(d, 0))
	if prec > 0 {
		dst = append(dst, '.')
		for i := 1; i <= prec; i++ {
			dst = append(dst, digitAt(d, i))
		}
	}
	dst = append(dst, fmt)
	exp := d.dp - 1
	if len(d.d) == 0 {
		exp = 0
	}
	if exp < 0 {
		dst = append(dst, '-')
		exp = -exp
	} else {
		dst = append(dst, '+')
	}
	if exp < 10 {
		dst = append(dst, '0')
	}
	return AppendInt(dst, int64(exp), 10)
}

// formatF writes -ddd.ddddd.
func formatF(dst []byte, neg bool, d digits, prec int) []byte {
	if neg {
		dst = append(dst, '-')
	}
	if d.dp > 0 {
		for i := 0; i < d.dp; i++ {
			dst = append(dst, digitAt(d, i))
		}
	} else {
		dst = append(dst, '0')
	}
	if prec > 0 {
		dst = append(dst, '.')
		for i := 0; i < prec; i++ {
			dst = append(dst, digitAt(d, d.dp+i))
		}
	}
	return dst
}

// formatBinary writes -mantissa p exponent, the exact binary form.
func formatBinary(dst []byte, neg bool, mant uint64, exp int) []byte {
	if neg {
		dst = append(dst, '-')
	}
	dst = AppendUint(dst, mant, 10)
	dst = append(dst, 'p')
	if exp >= 0 {
		dst = append(dst, '+')
	}
	return AppendInt(dst, int64(exp), 10)
}
