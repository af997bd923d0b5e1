package strconv

import "math"

// ParseFloat converts s to the nearest float of bitSize bits (32 or 64), rounding halves to
// even, and returns it as a float64. It accepts Go's decimal and hexadecimal (0x…p±n)
// floating-point syntax with an optional sign, underscores between digits, and "inf",
// "infinity" and "nan" in any case. Out of range values give ±Inf with ErrRange.
func ParseFloat(s string, bitSize int) (float64, error) {
	const fn = "ParseFloat"
	format := float64Format
	if bitSize == 32 {
		format = float32Format
	}
	if f, n, ok := special(s); ok {
		if n != len(s) {
			return 0, syntaxError(fn, s)
		}
		if bitSize == 32 {
			f = float64(float32(f))
		}
		return f, nil
	}
	num, ok := readFloat(s)
	if !ok {
		return 0, syntaxError(fn, s)
	}
	bits, overflow := num.toBits(format)
	var f float64
	if bitSize == 32 {
		f = float64(math.Float32frombits(uint32(bits)))
	} else {
		f = math.Float64frombits(bits)
	}
	if overflow {
		return f, rangeError(fn, s)
	}
	return f, nil
}

// special reads an infinity (optionally signed, "inf" or "infinity") or "nan" at the start
// of s, in any case, and returns it with the number of bytes read.
func special(s string) (f float64, n int, ok bool) {
	sign, i := 1, 0
	if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
		if s[0] == '-' {
			sign = -1
		}
		i = 1
	}
	switch {
	case hasPrefixFold(s[i:], "infinity"):
		return math.Inf(sign), i + 8, true
	case hasPrefixFold(s[i:], "inf"):
		return math.Inf(sign), i + 3, true
	case i == 0 && hasPrefixFold(s, "nan"):
		return math.NaN(), 3, true
	}
	return 0, 0, false
}

func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		if lower(s[i]) != prefix[i] {
			return false
		}
	}
	return true
}

// parsedFloat is a number read from text: mant × base^exp, base 10 or (hex) 2; sticky says
// nonzero digits were dropped from mant.
type parsedFloat struct {
	neg    bool
	mant   nat
	exp    int
	hex    bool
	sticky bool
}

// maxMantDigits bounds the digits kept; dropped ones only matter as a sticky bit.
const maxMantDigits = 800

// readFloat parses all of s as a decimal or hexadecimal floating-point literal.
func readFloat(s string) (p parsedFloat, ok bool) {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		p.neg = s[i] == '-'
		i++
	}
	base := uint64(10)
	if i+2 < len(s) && s[i] == '0' && lower(s[i+1]) == 'x' {
		base = 16
		p.hex = true
		i += 2
	}
	sawDot, sawDigits, underscores := false, false, false
	kept := 0
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '_':
			underscores = true
			continue
		case c == '.':
			if sawDot {
				return p, false
			}
			sawDot = true
			continue
		case digitValue(c) >= base:
			break
		default:
			sawDigits = true
			d := digitValue(c)
			if d == 0 && len(p.mant) == 0 {
				if sawDot {
					p.exp--
				}
				continue
			}
			if kept < maxMantDigits {
				p.mant = p.mant.mulAdd(uint32(base), uint32(d))
				kept++
				if sawDot {
					p.exp--
				}
			} else {
				if d != 0 {
					p.sticky = true
				}
				if !sawDot {
					p.exp++
				}
			}
			continue
		}
		break
	}
	if !sawDigits {
		return p, false
	}
	if p.hex {
		p.exp *= 4
	}
	if i < len(s) && (p.hex && lower(s[i]) == 'p' || !p.hex && lower(s[i]) == 'e') {
		i++
		if i >= len(s) {
			return p, false
		}
		esign := 1
		if s[i] == '+' || s[i] == '-' {
			if s[i] == '-' {
				esign = -1
			}
			i++
		}
		if i >= len(s) || s[i] < '0' || s[i] > '9' {
			return p, false
		}
		e := 0
		for ; i < len(s) && ('0' <= s[i] && s[i] <= '9' || s[i] == '_'); i++ {
			if s[i] == '_' {
				underscores = true
				continue
			}
			if e < 10000 {
				e = e*10 + int(s[i]-'0')
			}
		}
		p.exp += esign * e
	} else if p.hex {
		return p, false
	}
	if i != len(s) || underscores && !underscoreOK(s) {
		return p, false
	}
	return p, true
}

// toBits rounds the number to the format and returns its bits, and whether it overflowed.
func (p parsedFloat) toBits(f floatFormat) (bits uint64, overflow bool) {
	signBit := uint64(0)
	if p.neg {
		signBit = 1 << (f.mantBits + f.expBits)
	}
	if len(p.mant) == 0 {
		return signBit, false
	}
	x, exp2, sticky := p.mant, p.exp, p.sticky
	if !p.hex {
		exp10 := p.exp
		if sticky {
			// A 1 after the kept digits stands for the nonzero ones dropped: it lies strictly
			// between the truncated value and the next one, so rounding is unchanged.
			x, exp10 = x.mulAdd(10, 1), exp10-1
			sticky = false
		}
		digits := len(x.decimal())
		switch {
		case digits+exp10 > 400:
			return signBit | uint64(1<<f.expBits-1)<<f.mantBits, true
		case digits+exp10 < -400:
			return signBit, false
		case exp10 >= 0:
			x, exp2 = x.mulPow(10, exp10), 0
		default:
			x, exp2, sticky = divPow10(x, -exp10)
		}
	}
	bits, overflow = roundToFormat(x, exp2, sticky, f)
	return signBit | bits, overflow
}

// divPow10 returns q, -k and whether a remainder was left, where q = floor(x × 2^k / 10^n)
// has 58 or 59 significant bits, more than any format keeps (k may be negative).
func divPow10(x nat, n int) (q nat, exp2 int, sticky bool) {
	p := natOf(1).mulPow(10, n)
	k := 58 + p.bitLen() - x.bitLen()
	rem := x
	if k >= 0 {
		rem = x.shl(k)
	} else {
		p = p.shl(-k)
	}
	var quo uint64
	for i := rem.bitLen() - p.bitLen(); i >= 0; i-- {
		if d := p.shl(i); rem.cmp(d) >= 0 {
			rem = rem.sub(d)
			quo |= 1 << uint(i)
		}
	}
	return natOf(quo), -k, len(rem) > 0
}

// roundToFormat rounds x × 2^exp2 (plus a little more when sticky) to the nearest value of
// the format, halves to even, and returns its bits without sign and whether it overflowed.
func roundToFormat(x nat, exp2 int, sticky bool, f floatFormat) (uint64, bool) {
	minExp := f.bias + 1
	maxExp := (1<<f.expBits - 2) + f.bias
	infBits := uint64(1<<f.expBits-1) << f.mantBits
	top := x.bitLen() - 1 + exp2 // exponent of the leading bit
	prec := int(f.mantBits) + 1
	if top < minExp {
		prec -= minExp - top
	}
	drop := x.bitLen() - prec
	var m uint64
	if drop <= 0 {
		m = 0
		for i := x.bitLen() - 1; i >= 0; i-- {
			m = m<<1 | uint64(x.bit(i))
		}
		m <<= uint(-drop)
	} else {
		for i := x.bitLen() - 1; i >= drop; i-- {
			m = m<<1 | uint64(x.bit(i))
		}
		half := x.bit(drop-1) == 1
		rest := sticky
		for i := 0; i < drop-1 && !rest; i++ {
			rest = x.bit(i) == 1
		}
		if half && (rest || m&1 == 1) {
			m++
		}
	}
	lsb := exp2 + drop // exponent of m's last bit
	if m == 0 {
		return 0, false
	}
	length := 0
	for t := m; t != 0; t >>= 1 {
		length++
	}
	e := length - 1 + lsb
	if e > maxExp {
		return infBits, true
	}
	if e < minExp {
		return m, false
	}
	frac := m << (f.mantBits + 1 - uint(length)) & (1<<f.mantBits - 1)
	return uint64(e-f.bias)<<f.mantBits | frac, false
}
