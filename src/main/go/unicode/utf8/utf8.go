// Package utf8 encodes and decodes runes as UTF-8 byte sequences.
package utf8

const (
	RuneError = '\uFFFD'     // the replacement for invalid input
	RuneSelf  = 0x80         // runes below this are a single byte
	MaxRune   = '\U0010FFFF' // the largest valid code point
	UTFMax    = 4            // the longest encoding, in bytes
)

const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF
)

// seqLen returns the length a sequence starting with byte b announces, and the bits of the
// first byte that belong to the rune; 0 for a byte that cannot start a sequence.
func seqLen(b byte) (int, rune) {
	switch {
	case b < 0x80:
		return 1, rune(b)
	case b < 0xC2:
		return 0, 0
	case b < 0xE0:
		return 2, rune(b & 0x1F)
	case b < 0xF0:
		return 3, rune(b & 0x0F)
	case b < 0xF5:
		return 4, rune(b & 0x07)
	}
	return 0, 0
}

// secondRange returns the bounds of the byte that may follow b, which rule out overlong
// encodings, surrogates and code points above MaxRune.
func secondRange(b byte) (byte, byte) {
	switch b {
	case 0xE0:
		return 0xA0, 0xBF
	case 0xED:
		return 0x80, 0x9F
	case 0xF0:
		return 0x90, 0xBF
	case 0xF4:
		return 0x80, 0x8F
	}
	return 0x80, 0xBF
}

// decode decodes the first rune of p, given as a function from index to byte so that strings
// and slices share the code. It returns (RuneError, 1) for invalid input and (RuneError, 0)
// when n is 0.
func decode(n int, at func(int) byte) (rune, int) {
	if n < 1 {
		return RuneError, 0
	}
	b0 := at(0)
	size, r := seqLen(b0)
	if size == 1 {
		return r, 1
	}
	if size == 0 || n < size {
		if size != 0 && n >= 2 {
			lo, hi := secondRange(b0)
			if b := at(1); b < lo || hi < b {
				return RuneError, 1
			}
		}
		return RuneError, 1
	}
	lo, hi := secondRange(b0)
	for i := 1; i < size; i++ {
		b := at(i)
		if b < lo || hi < b {
			return RuneError, 1
		}
		lo, hi = 0x80, 0xBF
		r = r<<6 | rune(b&0x3F)
	}
	return r, size
}

// DecodeRune returns the first rune of p and its length in bytes. For empty input it returns
// (RuneError, 0); for invalid UTF-8, (RuneError, 1).
func DecodeRune(p []byte) (r rune, size int) {
	return decode(len(p), func(i int) byte { return p[i] })
}

// DecodeRuneInString is DecodeRune for a string.
func DecodeRuneInString(s string) (r rune, size int) {
	return decode(len(s), func(i int) byte { return s[i] })
}

// decodeLast decodes the last rune: it backs up to at most UTFMax bytes to a start byte and
// accepts the rune found there only if it ends exactly at the end.
func decodeLast(n int, at func(int) byte) (rune, int) {
	if n == 0 {
		return RuneError, 0
	}
	if at(n-1) < RuneSelf {
		return rune(at(n - 1)), 1
	}
	start := n - 1
	for lim := n - UTFMax; start > 0 && start > lim && !RuneStart(at(start)); start-- {
	}
	if start < 0 {
		start = 0
	}
	r, size := decode(n-start, func(i int) byte { return at(start + i) })
	if start+size != n {
		return RuneError, 1
	}
	return r, size
}

// DecodeLastRune returns the last rune of p and its length in bytes, with DecodeRune's
// conventions for empty and invalid input.
func DecodeLastRune(p []byte) (r rune, size int) {
	return decodeLast(len(p), func(i int) byte { return p[i] })
}

// DecodeLastRuneInString is DecodeLastRune for a string.
func DecodeLastRuneInString(s string) (r rune, size int) {
	return decodeLast(len(s), func(i int) byte { return s[i] })
}

// RuneLen returns the number of bytes needed to encode r, or -1 when r is not a valid rune.
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case surrogateMin <= r && r <= surrogateMax:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// EncodeRune writes the UTF-8 encoding of r into p, which must be large enough, and returns
// the number of bytes written. An invalid rune is written as RuneError.
func EncodeRune(p []byte, r rune) int {
	if !ValidRune(r) {
		r = RuneError
	}
	switch n := RuneLen(r); n {
	case 1:
		p[0] = byte(r)
		return 1
	case 2:
		_ = p[1]
		p[0] = 0xC0 | byte(r>>6)
		p[1] = 0x80 | byte(r)&0x3F
		return 2
	case 3:
		_ = p[2]
		p[0] = 0xE0 | byte(r>>12)
		p[1] = 0x80 | byte(r>>6)&0x3F
		p[2] = 0x80 | byte(r)&0x3F
		return 3
	}
	_ = p[3]
	p[0] = 0xF0 | byte(r>>18)
	p[1] = 0x80 | byte(r>>12)&0x3F
	p[2] = 0x80 | byte(r>>6)&0x3F
	p[3] = 0x80 | byte(r)&0x3F
	return 4
}

// AppendRune appends the UTF-8 encoding of r to p.
func AppendRune(p []byte, r rune) []byte {
	var buf [UTFMax]byte
	n := EncodeRune(buf[:], r)
	return append(p, buf[:n]...)
}

// fullRune reports whether the bytes begin with a complete encoding or an invalid one (which
// decodes as one byte of RuneError).
func fullRune(n int, at func(int) byte) bool {
	if n == 0 {
		return false
	}
	size, _ := seqLen(at(0))
	if size == 0 || n >= size {
		return true
	}
	if n >= 2 {
		lo, hi := secondRange(at(0))
		if b := at(1); b < lo || hi < b {
			return true
		}
	}
	if n >= 3 && size == 4 {
		if b := at(2); b < 0x80 || 0xBF < b {
			return true
		}
	}
	return false
}

// FullRune reports whether p begins with a full encoding of a rune; invalid input counts as
// full, since it decodes as an error rune of width one.
func FullRune(p []byte) bool {
	return fullRune(len(p), func(i int) byte { return p[i] })
}

// FullRuneInString is FullRune for a string.
func FullRuneInString(s string) bool {
	return fullRune(len(s), func(i int) byte { return s[i] })
}

// RuneCount returns the number of runes in p, each invalid byte counting as one.
func RuneCount(p []byte) int {
	n := 0
	for i := 0; i < len(p); n++ {
		_, size := DecodeRune(p[i:])
		i += size
	}
	return n
}

// RuneCountInString is RuneCount for a string.
func RuneCountInString(s string) int {
	n := 0
	for i := 0; i < len(s); n++ {
		_, size := DecodeRuneInString(s[i:])
		i += size
	}
	return n
}

// RuneStart reports whether b can be the first byte of an encoding (it is no continuation byte).
func RuneStart(b byte) bool {
	return b&0xC0 != 0x80
}

// Valid reports whether p consists entirely of valid UTF-8.
func Valid(p []byte) bool {
	for i := 0; i < len(p); {
		r, size := DecodeRune(p[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// ValidString is Valid for a string.
func ValidString(s string) bool {
	for i := 0; i < len(s); {
		r, size := DecodeRuneInString(s[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// ValidRune reports whether r is a code point UTF-8 can encode: in range and no surrogate.
func ValidRune(r rune) bool {
	return 0 <= r && r < surrogateMin || surrogateMax < r && r <= MaxRune
}
