package runtime

// UTF-8 as the Go spec requires for range loops and conversions: an invalid byte sequence
// decodes to U+FFFD one byte at a time, and runes that cannot be encoded (surrogates, values
// above U+10FFFF, negative values) encode as U+FFFD.

const (
	runeError = '\uFFFD'
	maxRune   = '\U0010FFFF'
	surrMin   = 0xD800
	surrMax   = 0xDFFF
)

// decoderune decodes the rune starting at s[k], which is not ASCII (the compiled range loop
// handles ASCII itself), and returns it with the index just after it.
func decoderune(s string, k int) (rune, int) {
	n := len(s) - k
	if n < 1 {
		return runeError, k + 1
	}
	c0 := s[k]
	var size int
	var r rune
	var min rune
	switch {
	case c0 < 0x80:
		return rune(c0), k + 1
	case c0 < 0xC2:
		return runeError, k + 1
	case c0 < 0xE0:
		size, r, min = 2, rune(c0&0x1F), 0x80
	case c0 < 0xF0:
		size, r, min = 3, rune(c0&0x0F), 0x800
	case c0 < 0xF5:
		size, r, min = 4, rune(c0&0x07), 0x10000
	default:
		return runeError, k + 1
	}
	if n < size {
		// A truncated sequence still fails at its first bad byte, one byte at a time.
		size = n
	}
	for i := 1; i < size; i++ {
		c := s[k+i]
		if c&0xC0 != 0x80 {
			return runeError, k + 1
		}
		r = r<<6 | rune(c&0x3F)
		// Reject overlong forms, surrogates and values beyond U+10FFFF as soon as the second
		// byte shows them, as a byte-at-a-time decoder must.
		if i == 1 && !secondByteOK(c0, c) {
			return runeError, k + 1
		}
	}
	if size < utf8Len(c0) || r < min {
		return runeError, k + 1
	}
	return r, k + size
}

// secondByteOK reports whether c may follow the lead byte c0.
func secondByteOK(c0, c byte) bool {
	switch c0 {
	case 0xE0:
		return c >= 0xA0
	case 0xED:
		return c <= 0x9F
	case 0xF0:
		return c >= 0x90
	case 0xF4:
		return c <= 0x8F
	}
	return true
}

// utf8Len is the length of the sequence lead byte c0 starts (c0 ≥ 0xC2).
func utf8Len(c0 byte) int {
	switch {
	case c0 < 0xE0:
		return 2
	case c0 < 0xF0:
		return 3
	}
	return 4
}

// runeLen is the number of bytes encoderune writes for r.
func runeLen(r rune) int {
	switch {
	case r < 0:
		return 3
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case surrMin <= r && r <= surrMax:
		return 3
	case r < 0x10000:
		return 3
	case r <= maxRune:
		return 4
	}
	return 3
}

// encoderune writes the UTF-8 encoding of r into p (which must be long enough: 4 bytes
// always are) and returns the number of bytes written.
func encoderune(p []byte, r rune) int {
	if r < 0 || r > maxRune || surrMin <= r && r <= surrMax {
		r = runeError
	}
	switch n := runeLen(r); n {
	case 1:
		p[0] = byte(r)
		return 1
	case 2:
		p[0] = 0xC0 | byte(r>>6)
		p[1] = 0x80 | byte(r)&0x3F
		return 2
	case 3:
		p[0] = 0xE0 | byte(r>>12)
		p[1] = 0x80 | byte(r>>6)&0x3F
		p[2] = 0x80 | byte(r)&0x3F
		return 3
	}
	p[0] = 0xF0 | byte(r>>18)
	p[1] = 0x80 | byte(r>>12)&0x3F
	p[2] = 0x80 | byte(r>>6)&0x3F
	p[3] = 0x80 | byte(r)&0x3F
	return 4
}

// countrunes is the number of runes range would produce over s.
func countrunes(s string) int {
	n := 0
	for k := 0; k < len(s); n++ {
		if s[k] < 0x80 {
			k++
		} else {
			_, k = decoderune(s, k)
		}
	}
	return n
}
