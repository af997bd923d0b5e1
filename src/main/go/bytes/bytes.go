// Package bytes manipulates byte slices, like package strings does strings.
//
// Searching and transforming are done by package strings on a read-only string view of the
// slices (no copy), so that both packages share one implementation; results that are
// subslices are cut from the caller's slice.
package bytes

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// view returns b's bytes as a string without copying. The string must not outlive a change
// of b: it is only ever passed to package strings for the duration of one call.
func view(b []byte) string {
	return *(*string)(unsafe.Pointer(&b))
}

func Index(s, sep []byte) int             { return strings.Index(view(s), view(sep)) }
func LastIndex(s, sep []byte) int         { return strings.LastIndex(view(s), view(sep)) }
func IndexByte(b []byte, c byte) int      { return strings.IndexByte(view(b), c) }
func LastIndexByte(s []byte, c byte) int  { return strings.LastIndexByte(view(s), c) }
func IndexRune(s []byte, r rune) int      { return strings.IndexRune(view(s), r) }
func IndexAny(s []byte, chars string) int { return strings.IndexAny(view(s), chars) }
func LastIndexAny(s []byte, chars string) int {
	return strings.LastIndexAny(view(s), chars)
}
func IndexFunc(s []byte, f func(r rune) bool) int     { return strings.IndexFunc(view(s), f) }
func LastIndexFunc(s []byte, f func(r rune) bool) int { return strings.LastIndexFunc(view(s), f) }
func Contains(b, subslice []byte) bool                { return Index(b, subslice) >= 0 }
func ContainsAny(b []byte, chars string) bool         { return IndexAny(b, chars) >= 0 }
func ContainsRune(b []byte, r rune) bool              { return IndexRune(b, r) >= 0 }
func HasPrefix(s, prefix []byte) bool                 { return strings.HasPrefix(view(s), view(prefix)) }
func HasSuffix(s, suffix []byte) bool                 { return strings.HasSuffix(view(s), view(suffix)) }
func Count(s, sep []byte) int                         { return strings.Count(view(s), view(sep)) }
func Compare(a, b []byte) int                         { return strings.Compare(view(a), view(b)) }
func Equal(a, b []byte) bool                          { return view(a) == view(b) }
func EqualFold(s, t []byte) bool                      { return strings.EqualFold(view(s), view(t)) }

// Cut splits s around the first sep; when sep is absent, before is s and after is nil.
func Cut(s, sep []byte) (before, after []byte, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, nil, false
}

// Runes returns the runes of s, an invalid byte becoming RuneError.
func Runes(s []byte) []rune { return []rune(view(s)) }

// Join concatenates the slices with sep between them, into a new slice.
func Join(s [][]byte, sep []byte) []byte {
	if len(s) == 0 {
		return []byte{}
	}
	if len(s) == 1 {
		return append([]byte(nil), s[0]...)
	}
	n := len(sep) * (len(s) - 1)
	for _, v := range s {
		n += len(v)
	}
	b := make([]byte, 0, n)
	for i, v := range s {
		if i > 0 {
			b = append(b, sep...)
		}
		b = append(b, v...)
	}
	return b
}

// Repeat returns count copies of b. It panics for a negative count or a result too large.
func Repeat(b []byte, count int) []byte {
	if count < 0 {
		panic("bytes: negative Repeat count")
	}
	if count != 0 && len(b)*count/count != len(b) {
		panic("bytes: Repeat count causes overflow")
	}
	r := make([]byte, 0, len(b)*count)
	for i := 0; i < count; i++ {
		r = append(r, b...)
	}
	return r
}

// Replace returns a copy of s with the first n (all when n < 0) non-overlapping old
// replaced by new.
func Replace(s, old, new []byte, n int) []byte {
	if n == 0 || Count(s, old) == 0 {
		return append([]byte(nil), s...)
	}
	return []byte(strings.Replace(view(s), view(old), view(new), n))
}

// ReplaceAll replaces every non-overlapping old by new in a copy of s.
func ReplaceAll(s, old, new []byte) []byte { return Replace(s, old, new, -1) }

// Map returns a copy of s with each rune replaced by mapping's result, dropping runes mapped
// to a negative value.
func Map(mapping func(r rune) rune, s []byte) []byte {
	return []byte(strings.Map(mapping, view(s)))
}

func ToUpper(s []byte) []byte { return []byte(strings.ToUpper(view(s))) }
func ToLower(s []byte) []byte { return []byte(strings.ToLower(view(s))) }
func ToTitle(s []byte) []byte { return []byte(strings.ToTitle(view(s))) }
func ToUpperSpecial(c unicode.SpecialCase, s []byte) []byte {
	return []byte(strings.ToUpperSpecial(c, view(s)))
}
func ToLowerSpecial(c unicode.SpecialCase, s []byte) []byte {
	return []byte(strings.ToLowerSpecial(c, view(s)))
}
func ToTitleSpecial(c unicode.SpecialCase, s []byte) []byte {
	return []byte(strings.ToTitleSpecial(c, view(s)))
}

// ToValidUTF8 returns a copy of s with each run of invalid UTF-8 replaced by replacement.
func ToValidUTF8(s, replacement []byte) []byte {
	return []byte(strings.ToValidUTF8(view(s), view(replacement)))
}

// genSplit splits s after each sep, keeping sepSave bytes of the separator, into at most n
// pieces (all when n < 0). Each piece's capacity ends where it does.
func genSplit(s, sep []byte, sepSave, n int) [][]byte {
	if n == 0 {
		return nil
	}
	if len(sep) == 0 {
		return explode(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	a := make([][]byte, 0, n)
	for len(a) < n-1 {
		m := Index(s, sep)
		if m < 0 {
			break
		}
		a = append(a, s[:m+sepSave:m+sepSave])
		s = s[m+len(sep):]
	}
	return append(a, s)
}

// explode splits s into its UTF-8 sequences, at most n pieces, the last holding the rest.
func explode(s []byte, n int) [][]byte {
	if n <= 0 || n > len(s) {
		n = len(s)
	}
	a := make([][]byte, 0, n)
	for len(s) > 0 {
		if len(a)+1 >= n {
			a = append(a, s)
			break
		}
		_, size := utf8.DecodeRune(s)
		a = append(a, s[:size:size])
		s = s[size:]
	}
	return a
}

func Split(s, sep []byte) [][]byte              { return genSplit(s, sep, 0, -1) }
func SplitAfter(s, sep []byte) [][]byte         { return genSplit(s, sep, len(sep), -1) }
func SplitN(s, sep []byte, n int) [][]byte      { return genSplit(s, sep, 0, n) }
func SplitAfterN(s, sep []byte, n int) [][]byte { return genSplit(s, sep, len(sep), n) }
func Fields(s []byte) [][]byte                  { return FieldsFunc(s, unicode.IsSpace) }

// FieldsFunc splits s around runs of runes satisfying f; each field's capacity ends where it
// does.
func FieldsFunc(s []byte, f func(rune) bool) [][]byte {
	a := make([][]byte, 0)
	start := -1
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRune(s[i:])
		if f(r) {
			if start >= 0 {
				a = append(a, s[start:i:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 {
		a = append(a, s[start:len(s):len(s)])
	}
	return a
}
