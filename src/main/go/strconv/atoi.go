package strconv

import "errors"

// ErrRange says a value is out of range for the target type.
var ErrRange = errors.New("value out of range")

// ErrSyntax says a value does not have the right syntax for the target type.
var ErrSyntax = errors.New("invalid syntax")

// NumError records a failed conversion.
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ParseUint, ParseFloat, ParseComplex)
	Num  string // the input
	Err  error  // the reason: ErrRange, ErrSyntax or another
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

// The input is copied so that the error does not keep a larger string alive.
func syntaxError(fn, str string) *NumError { return &NumError{fn, cloneString(str), ErrSyntax} }
func rangeError(fn, str string) *NumError  { return &NumError{fn, cloneString(str), ErrRange} }
func baseError(fn, str string, base int) *NumError {
	return &NumError{fn, cloneString(str), errors.New("invalid base " + Itoa(base))}
}
func bitSizeError(fn, str string, bitSize int) *NumError {
	return &NumError{fn, cloneString(str), errors.New("invalid bit size " + Itoa(bitSize))}
}

func cloneString(s string) string { return string([]byte(s)) }

// digitValue returns the value of a digit character in bases up to 36, or 36 for others.
func digitValue(c byte) uint64 {
	switch {
	case '0' <= c && c <= '9':
		return uint64(c - '0')
	case 'a' <= c && c <= 'z':
		return uint64(c-'a') + 10
	case 'A' <= c && c <= 'Z':
		return uint64(c-'A') + 10
	}
	return 36
}

// ParseUint is ParseInt for unsigned numbers: no sign is accepted.
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	const fn = "ParseUint"
	if s == "" {
		return 0, syntaxError(fn, s)
	}
	base0 := base == 0
	s0 := s
	switch {
	case 2 <= base && base <= 36:
	case base == 0:
		base = 10
		if s[0] == '0' {
			switch {
			case len(s) >= 3 && (s[1] == 'b' || s[1] == 'B'):
				base, s = 2, s[2:]
			case len(s) >= 3 && (s[1] == 'o' || s[1] == 'O'):
				base, s = 8, s[2:]
			case len(s) >= 3 && (s[1] == 'x' || s[1] == 'X'):
				base, s = 16, s[2:]
			default:
				base, s = 8, s[1:]
			}
		}
	default:
		return 0, baseError(fn, s0, base)
	}
	if bitSize == 0 {
		bitSize = IntSize
	} else if bitSize < 0 || bitSize > 64 {
		return 0, bitSizeError(fn, s0, bitSize)
	}
	maxVal := uint64(1)<<uint(bitSize) - 1
	var n uint64
	underscores := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '_' && base0 {
			underscores = true
			continue
		}
		d := digitValue(c)
		if d >= uint64(base) {
			return 0, syntaxError(fn, s0)
		}
		if n > (1<<64-1)/uint64(base) {
			return maxVal, rangeError(fn, s0)
		}
		n1 := n*uint64(base) + d
		if n1 < n || n1 > maxVal {
			return maxVal, rangeError(fn, s0)
		}
		n = n1
	}
	if underscores && !underscoreOK(s0) {
		return 0, syntaxError(fn, s0)
	}
	return n, nil
}

// ParseInt interprets s in the given base (0, or 2 to 36) and returns the value if it fits in
// bitSize bits (0 meaning int). Base 0 reads a prefix as Go does: 0b, 0o or 0, 0x; it also
// allows underscores between digits as in Go literals. An optional sign may lead.
func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	const fn = "ParseInt"
	if s == "" {
		return 0, syntaxError(fn, s)
	}
	s0 := s
	neg := false
	if s[0] == '+' || s[0] == '-' {
		neg = s[0] == '-'
		s = s[1:]
	}
	un, err := ParseUint(s, base, bitSize)
	if err != nil && err.(*NumError).Err != ErrRange {
		err.(*NumError).Func = fn
		err.(*NumError).Num = cloneString(s0)
		return 0, err
	}
	if bitSize == 0 {
		bitSize = IntSize
	}
	cutoff := uint64(1) << uint(bitSize-1)
	if !neg && un >= cutoff {
		return int64(cutoff - 1), rangeError(fn, s0)
	}
	if neg && un > cutoff {
		return -int64(cutoff), rangeError(fn, s0)
	}
	n := int64(un)
	if neg {
		n = -n
	}
	return n, nil
}

// Atoi is ParseInt(s, 10, 0) converted to int.
func Atoi(s string) (int, error) {
	const fn = "Atoi"
	i, err := ParseInt(s, 10, 0)
	if nerr, ok := err.(*NumError); ok {
		nerr.Func = fn
	}
	return int(i), err
}

// underscoreOK reports whether the underscores in s sit where Go's literal syntax allows:
// only between digits, or between a base prefix and a digit.
func underscoreOK(s string) bool {
	// saw is the kind of the previous character: '^' start, '0' digit or prefix, '_' underscore,
	// '!' anything else.
	saw := '^'
	i := 0
	if len(s) >= 1 && (s[0] == '-' || s[0] == '+') {
		s = s[1:]
	}
	hex := false
	if len(s) >= 2 && s[0] == '0' && (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x') {
		i = 2
		saw = '0'
		hex = lower(s[1]) == 'x'
	}
	for ; i < len(s); i++ {
		c := s[i]
		if '0' <= c && c <= '9' || hex && 'a' <= lower(c) && lower(c) <= 'f' {
			saw = '0'
			continue
		}
		if c == '_' {
			if saw != '0' {
				return false
			}
			saw = '_'
			continue
		}
		if saw == '_' {
			return false
		}
		saw = '!'
	}
	return saw != '_'
}

func lower(c byte) byte { return c | ('x' - 'X') }
