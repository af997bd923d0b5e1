// Package strings manipulates UTF-8 encoded strings.
package strings

import "unicode/utf8"

// IndexByte returns the index of the first c in s, or -1.
func IndexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// LastIndexByte returns the index of the last c in s, or -1.
func LastIndexByte(s string, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// Index returns the index of the first substr in s, or -1.
func Index(s, substr string) int {
	n := len(substr)
	for i := 0; i+n <= len(s); i++ {
		if s[i:i+n] == substr {
			return i
		}
	}
	return -1
}

// LastIndex returns the index of the last substr in s, or -1.
func LastIndex(s, substr string) int {
	n := len(substr)
	for i := len(s) - n; i >= 0; i-- {
		if s[i:i+n] == substr {
			return i
		}
	}
	return -1
}

// IndexRune returns the index of the first r in s, or -1. An invalid rune matches the first
// invalid UTF-8 sequence, as RuneError would.
func IndexRune(s string, r rune) int {
	if 0 <= r && r < utf8.RuneSelf {
		return IndexByte(s, byte(r))
	}
	if r == utf8.RuneError {
		for i, c := range s {
			if c == utf8.RuneError {
				return i
			}
		}
		return -1
	}
	if !utf8.ValidRune(r) {
		return -1
	}
	return Index(s, string(r))
}

// IndexFunc returns the index of the first rune satisfying f, or -1.
func IndexFunc(s string, f func(rune) bool) int {
	return indexFunc(s, f, true)
}

// LastIndexFunc returns the index of the last rune satisfying f, or -1.
func LastIndexFunc(s string, f func(rune) bool) int {
	return lastIndexFunc(s, f, true)
}

func indexFunc(s string, f func(rune) bool, truth bool) int {
	for i, r := range s {
		if f(r) == truth {
			return i
		}
	}
	return -1
}

func lastIndexFunc(s string, f func(rune) bool, truth bool) int {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		if f(r) == truth {
			return i
		}
	}
	return -1
}

// IndexAny returns the index of the first rune of s that is in chars, or -1.
func IndexAny(s, chars string) int {
	return IndexFunc(s, func(r rune) bool { return inChars(r, chars) })
}

// LastIndexAny returns the index of the last rune of s that is in chars, or -1.
func LastIndexAny(s, chars string) int {
	return LastIndexFunc(s, func(r rune) bool { return inChars(r, chars) })
}

// inChars reports whether r is among the runes of chars, where an invalid byte of chars
// stands for RuneError.
func inChars(r rune, chars string) bool {
	for _, c := range chars {
		if c == r {
			return true
		}
	}
	return false
}

// Contains reports whether substr is in s.
func Contains(s, substr string) bool { return Index(s, substr) >= 0 }

// ContainsAny reports whether any rune of chars is in s.
func ContainsAny(s, chars string) bool { return IndexAny(s, chars) >= 0 }

// ContainsRune reports whether r is in s.
func ContainsRune(s string, r rune) bool { return IndexRune(s, r) >= 0 }

// HasPrefix reports whether s begins with prefix.
func HasPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && s[:len(prefix)] == prefix
}

// HasSuffix reports whether s ends with suffix.
func HasSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix
}

// Count returns the number of non-overlapping substr in s; for an empty substr, one more than
// the number of runes.
func Count(s, substr string) int {
	if len(substr) == 0 {
		return utf8.RuneCountInString(s) + 1
	}
	n := 0
	for {
		i := Index(s, substr)
		if i < 0 {
			return n
		}
		n++
		s = s[i+len(substr):]
	}
}

// Compare returns -1, 0 or +1 as a is less than, equal to or greater than b.
func Compare(a, b string) int {
	switch {
	case a == b:
		return 0
	case a < b:
		return -1
	}
	return +1
}

// Cut splits s around the first sep: before, after and whether sep was found (when not,
// before is s).
func Cut(s, sep string) (before, after string, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// EqualFold reports whether s and t are equal under simple Unicode case folding.
func EqualFold(s, t string) bool {
	for s != "" && t != "" {
		r1, n1 := utf8.DecodeRuneInString(s)
		r2, n2 := utf8.DecodeRuneInString(t)
		s, t = s[n1:], t[n2:]
		if !sameFold(r1, r2) {
			return false
		}
	}
	return s == t
}
