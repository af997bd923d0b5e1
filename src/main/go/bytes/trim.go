package bytes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The trimming functions return nil, rather than an empty slice, exactly where Go's do: when
// the leading side trims everything away.

func not(f func(rune) bool) func(rune) bool { return func(r rune) bool { return !f(r) } }

func inCutset(cutset string) func(rune) bool {
	return func(r rune) bool { return strings.ContainsRune(cutset, r) }
}

// TrimLeftFunc removes the leading runes satisfying f; nil when nothing is left.
func TrimLeftFunc(s []byte, f func(r rune) bool) []byte {
	i := IndexFunc(s, not(f))
	if i < 0 {
		return nil
	}
	return s[i:]
}

// TrimRightFunc removes the trailing runes satisfying f.
func TrimRightFunc(s []byte, f func(r rune) bool) []byte {
	i := LastIndexFunc(s, not(f))
	if i >= 0 && s[i] >= utf8.RuneSelf {
		_, size := utf8.DecodeRune(s[i:])
		i += size
	} else {
		i++
	}
	return s[:i]
}

// TrimFunc removes the leading and trailing runes satisfying f.
func TrimFunc(s []byte, f func(r rune) bool) []byte {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// Trim removes the leading and trailing runes in cutset; nil when nothing is left.
func Trim(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	return TrimFunc(s, inCutset(cutset))
}

// TrimLeft removes the leading runes in cutset; nil when nothing is left.
func TrimLeft(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	return TrimLeftFunc(s, inCutset(cutset))
}

// TrimRight removes the trailing runes in cutset.
func TrimRight(s []byte, cutset string) []byte {
	if len(s) == 0 || cutset == "" {
		return s
	}
	return TrimRightFunc(s, inCutset(cutset))
}

// TrimSpace removes leading and trailing white space; nil when nothing is left.
func TrimSpace(s []byte) []byte { return TrimFunc(s, unicode.IsSpace) }

// TrimPrefix removes prefix from the start of s, if it is there.
func TrimPrefix(s, prefix []byte) []byte {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix removes suffix from the end of s, if it is there.
func TrimSuffix(s, suffix []byte) []byte {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}
