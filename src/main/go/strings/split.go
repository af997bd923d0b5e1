package strings

import (
	"unicode"
	"unicode/utf8"
)

// explode splits s into its runes (an invalid byte becomes RuneError's encoding), at most n
// pieces, the last holding the rest.
func explode(s string, n int) []string {
	l := utf8.RuneCountInString(s)
	if n < 0 || n > l {
		n = l
	}
	a := make([]string, n)
	for i := 0; i < n-1; i++ {
		r, size := utf8.DecodeRuneInString(s)
		a[i] = s[:size]
		s = s[size:]
		if r == utf8.RuneError {
			a[i] = string(utf8.RuneError)
		}
	}
	if n > 0 {
		a[n-1] = s
	}
	return a
}

// genSplit splits s at each sep, keeping sepSave bytes of the separator with each piece,
// into at most n pieces (all when n < 0).
func genSplit(s, sep string, sepSave, n int) []string {
	if n == 0 {
		return nil
	}
	if sep == "" {
		return explode(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	a := make([]string, 0, n)
	for len(a) < n-1 {
		m := Index(s, sep)
		if m < 0 {
			break
		}
		a = append(a, s[:m+sepSave])
		s = s[m+len(sep):]
	}
	return append(a, s)
}

// SplitN splits s around sep into at most n substrings (all if n < 0, none if n == 0); an
// empty sep splits into runes.
func SplitN(s, sep string, n int) []string { return genSplit(s, sep, 0, n) }

// SplitAfterN is SplitN keeping each separator at the end of its substring.
func SplitAfterN(s, sep string, n int) []string { return genSplit(s, sep, len(sep), n) }

// Split splits s around every sep.
func Split(s, sep string) []string { return genSplit(s, sep, 0, -1) }

// SplitAfter splits s after every sep.
func SplitAfter(s, sep string) []string { return genSplit(s, sep, len(sep), -1) }

// Fields splits s around runs of white space (unicode.IsSpace).
func Fields(s string) []string { return FieldsFunc(s, unicode.IsSpace) }

// FieldsFunc splits s around runs of runes satisfying f.
func FieldsFunc(s string, f func(rune) bool) []string {
	a := make([]string, 0)
	start := -1
	for i, r := range s {
		if f(r) {
			if start >= 0 {
				a = append(a, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		a = append(a, s[start:])
	}
	return a
}

// Join concatenates elems with sep between them.
func Join(elems []string, sep string) string {
	var b Builder
	for i, e := range elems {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(e)
	}
	return b.String()
}
