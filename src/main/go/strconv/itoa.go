// Package strconv converts between strings and numbers, booleans and quoted strings.
package strconv

// IntSize is the size in bits of an int or uint.
const IntSize = 32 << (^uint(0) >> 63)

const digitChars = "0123456789abcdefghijklmnopqrstuvwxyz"

// FormatUint returns i in the given base, 2 to 36, with lower-case letters for digits >= 10.
func FormatUint(i uint64, base int) string {
	return string(AppendUint(nil, i, base))
}

// FormatInt returns i in the given base, 2 to 36, with lower-case letters for digits >= 10.
func FormatInt(i int64, base int) string {
	return string(AppendInt(nil, i, base))
}

// Itoa is FormatInt(int64(i), 10).
func Itoa(i int) string { return FormatInt(int64(i), 10) }

// AppendInt appends what FormatInt returns to dst.
func AppendInt(dst []byte, i int64, base int) []byte {
	if i < 0 {
		return appendDigits(dst, uint64(-i), base, true)
	}
	return appendDigits(dst, uint64(i), base, false)
}

// AppendUint appends what FormatUint returns to dst.
func AppendUint(dst []byte, i uint64, base int) []byte {
	return appendDigits(dst, i, base, false)
}

func appendDigits(dst []byte, u uint64, base int, neg bool) []byte {
	if base < 2 || base > len(digitChars) {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	var buf [65]byte
	i := len(buf)
	for {
		i--
		buf[i] = digitChars[u%uint64(base)]
		u /= uint64(base)
		if u == 0 {
			break
		}
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return append(dst, buf[i:]...)
}

// FormatBool returns "true" or "false".
func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// AppendBool appends "true" or "false" to dst.
func AppendBool(dst []byte, b bool) []byte { return append(dst, FormatBool(b)...) }

// ParseBool accepts 1, t, T, TRUE, true, True, 0, f, F, FALSE, false and False.
func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, syntaxError("ParseBool", str)
}
