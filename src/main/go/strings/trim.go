package strings

import (
	"unicode"
	"unicode/utf8"
)

// TrimLeftFunc removes the leading runes that satisfy f.
func TrimLeftFunc(s string, f func(rune) bool) string {
	i := indexFunc(s, f, false)
	if i < 0 {
		return ""
	}
	return s[i:]
}

// TrimRightFunc removes the trailing runes that satisfy f.
func TrimRightFunc(s string, f func(rune) bool) string {
	i := lastIndexFunc(s, f, false)
	if i < 0 {
		return ""
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	return s[:i+size]
}

// TrimFunc removes the leading and trailing runes that satisfy f.
func TrimFunc(s string, f func(rune) bool) string {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// Trim removes the leading and trailing runes that are in cutset.
func Trim(s, cutset string) string {
	return TrimRight(TrimLeft(s, cutset), cutset)
}

// TrimLeft removes the leading runes that are in cutset.
func TrimLeft(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	return TrimLeftFunc(s, func(r rune) bool { return inChars(r, cutset) })
}

// TrimRight removes the trailing runes that are in cutset.
func TrimRight(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	return TrimRightFunc(s, func(r rune) bool { return inChars(r, cutset) })
}

// TrimSpace removes leading and trailing white space.
func TrimSpace(s string) string { return TrimFunc(s, unicode.IsSpace) }

// TrimPrefix removes prefix from the start of s, if it is there.
func TrimPrefix(s, prefix string) string {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix removes suffix from the end of s, if it is there.
func TrimSuffix(s, suffix string) string {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}
