package strings

import (
	"unicode"
	"unicode/utf8"
)

// Clone returns a fresh copy of s, so that a small piece of a large string can outlive it.
func Clone(s string) string {
	if len(s) == 0 {
		return ""
	}
	return string([]byte(s))
}

// Repeat returns count copies of s. It panics for a negative count or a result too large.
func Repeat(s string, count int) string {
	if count < 0 {
		panic("strings: negative Repeat count")
	}
	if count == 0 || len(s) == 0 {
		return ""
	}
	if len(s)*count/count != len(s) {
		panic("strings: Repeat count causes overflow")
	}
	b := make([]byte, 0, len(s)*count)
	for i := 0; i < count; i++ {
		b = append(b, s...)
	}
	return string(b)
}

// Replace returns s with the first n (all when n < 0) non-overlapping old replaced by new.
// An empty old matches at the start and after each rune.
func Replace(s, old, new string, n int) string {
	if old == new || n == 0 {
		return s
	}
	m := Count(s, old)
	if m == 0 {
		return s
	}
	if n < 0 || m < n {
		n = m
	}
	var b Builder
	start := 0
	for i := 0; i < n; i++ {
		j := start
		if len(old) == 0 {
			if i > 0 {
				_, size := utf8.DecodeRuneInString(s[start:])
				j += size
			}
		} else {
			j += Index(s[start:], old)
		}
		b.WriteString(s[start:j])
		b.WriteString(new)
		start = j + len(old)
	}
	b.WriteString(s[start:])
	return b.String()
}

// ReplaceAll replaces every non-overlapping old in s by new.
func ReplaceAll(s, old, new string) string { return Replace(s, old, new, -1) }

// Map returns s with each rune replaced by mapping's result, dropping runes mapped to a
// negative value. Invalid UTF-8 reaches mapping as RuneError.
func Map(mapping func(rune) rune, s string) string {
	changed := false
	var b Builder
	for i, c := range s {
		r := mapping(c)
		if !changed {
			if r == c && (c != utf8.RuneError || isRuneErrorEncoding(s[i:])) {
				continue
			}
			changed = true
			b.WriteString(s[:i])
		}
		if r >= 0 {
			b.WriteRune(r)
		}
	}
	if !changed {
		return s
	}
	return b.String()
}

// isRuneErrorEncoding reports whether s starts with the three-byte encoding of RuneError
// rather than an invalid byte.
func isRuneErrorEncoding(s string) bool {
	_, size := utf8.DecodeRuneInString(s)
	return size == 3
}

// ToUpper maps every rune of s to upper case.
func ToUpper(s string) string { return Map(unicode.ToUpper, s) }

// ToLower maps every rune of s to lower case.
func ToLower(s string) string { return Map(unicode.ToLower, s) }

// ToTitle maps every rune of s to title case.
func ToTitle(s string) string { return Map(unicode.ToTitle, s) }

// ToUpperSpecial maps s to upper case with c's mappings first.
func ToUpperSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToUpper, s) }

// ToLowerSpecial maps s to lower case with c's mappings first.
func ToLowerSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToLower, s) }

// ToTitleSpecial maps s to title case with c's mappings first.
func ToTitleSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToTitle, s) }

// ToValidUTF8 replaces each run of invalid UTF-8 bytes in s by replacement.
func ToValidUTF8(s, replacement string) string {
	var b Builder
	invalid := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			if !invalid {
				b.WriteString(replacement)
				invalid = true
			}
		} else {
			b.WriteString(s[i : i+size])
			invalid = false
		}
		i += size
	}
	return b.String()
}
