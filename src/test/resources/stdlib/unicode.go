// Exercises errors, unicode/utf8 and unicode on fixed and random inputs.
package main

import (
	"errors"
	"fmt"
	"math/rand"
	"unicode"
	"unicode/utf8"
)

type wrapped struct{ inner error }

func (w wrapped) Error() string { return "wrapped: " + w.inner.Error() }
func (w wrapped) Unwrap() error { return w.inner }

func testErrors() {
	a, b := errors.New("a"), errors.New("a")
	fmt.Println(a.Error(), a == b, errors.Is(a, a), errors.Is(a, b), errors.Is(nil, nil), errors.Is(a, nil))
	w := wrapped{wrapped{a}}
	fmt.Println(w.Error(), errors.Is(w, a), errors.Is(w, b), errors.Unwrap(w) == w.inner, errors.Unwrap(a) == nil)
}

func inputs(r *rand.Rand) []string {
	s := []string{"", "a", "héllo", "日本語", "\xff", "\xc3", "\xe2\x82", "\xf0\x9f\x98", "\xf0\x9f\x98\x80",
		"\xed\xa0\x80", "\xc0\x80", "\xf4\x90\x80\x80", "a\xc3", "\xe0\x80\x80", "\xef\xbf\xbd", "€x"}
	for i := 0; i < 300; i++ {
		n := r.Intn(6)
		b := make([]byte, n)
		for j := range b {
			switch r.Intn(3) {
			case 0:
				b[j] = byte(r.Intn(0x80))
			case 1:
				b[j] = byte(0x80 + r.Intn(0x40))
			default:
				b[j] = byte(0xC0 + r.Intn(0x40))
			}
		}
		s = append(s, string(b))
	}
	return s
}

func testUTF8(r *rand.Rand) {
	for _, s := range inputs(r) {
		b := []byte(s)
		r1, n1 := utf8.DecodeRune(b)
		r2, n2 := utf8.DecodeRuneInString(s)
		r3, n3 := utf8.DecodeLastRune(b)
		r4, n4 := utf8.DecodeLastRuneInString(s)
		fmt.Printf("%q %d %d %d %d %d %d %d %d %v %v %v %v %d %d\n", s, r1, n1, r2, n2, r3, n3, r4, n4,
			utf8.FullRune(b), utf8.FullRuneInString(s), utf8.Valid(b), utf8.ValidString(s),
			utf8.RuneCount(b), utf8.RuneCountInString(s))
	}
	runes := []rune{-1, 0, 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x10ffff, 0x110000}
	for i := 0; i < 200; i++ {
		runes = append(runes, rune(r.Intn(0x120000)))
	}
	for _, c := range runes {
		buf := make([]byte, 4)
		n := utf8.EncodeRune(buf, c)
		fmt.Println(c, utf8.RuneLen(c), utf8.ValidRune(c), buf[:n], utf8.AppendRune([]byte("x"), c))
	}
	for i := 0; i < 256; i++ {
		fmt.Print(utf8.RuneStart(byte(i)), " ")
	}
	fmt.Println()
}

func testUnicode() {
	fmt.Println(unicode.ToUpper(0x1c5), unicode.ToLower(0x1c5), unicode.ToTitle(0x1c4), unicode.SimpleFold(0x1c4), unicode.SimpleFold(0x3b8))
	runes := []rune{-1, 0x110000, 0x7fffffff}
	for c := rune(0); c < 0x30000; c++ {
		runes = append(runes, c)
	}
	for c := rune(0xe0000); c <= unicode.MaxRune; c += 7 {
		runes = append(runes, c)
	}
	for _, c := range runes {
		fmt.Println(c, unicode.IsLetter(c), unicode.IsUpper(c), unicode.IsLower(c), unicode.IsTitle(c),
			unicode.IsDigit(c), unicode.IsNumber(c), unicode.IsMark(c), unicode.IsPunct(c), unicode.IsSymbol(c),
			unicode.IsControl(c), unicode.IsSpace(c), unicode.IsGraphic(c), unicode.IsPrint(c),
			unicode.ToUpper(c), unicode.ToLower(c), unicode.ToTitle(c), unicode.SimpleFold(c),
			unicode.To(unicode.UpperCase, c), unicode.In(c, unicode.Letter, unicode.Digit),
			unicode.Is(unicode.White_Space, c), unicode.Is(unicode.Space, c), unicode.Is(unicode.Zs, c))
	}
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1, unicode.Version,
		unicode.UpperCase, unicode.LowerCase, unicode.TitleCase, unicode.MaxCase, unicode.UpperLower)
}

func main() {
	r := rand.New(rand.NewSource(1))
	testErrors()
	testUTF8(r)
	testUnicode()
}
