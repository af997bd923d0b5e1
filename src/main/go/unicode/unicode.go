// Package unicode classifies runes and maps their case.
//
// The tables cover all of Unicode 13.0.0 for the general categories listed in categories.go
// and for case mapping; scripts and the other properties are missing (see docs/stdlib.md).
package unicode

const (
	MaxRune         = '\U0010FFFF' // the largest valid code point
	ReplacementChar = '\uFFFD'     // stands for an invalid code point
	MaxASCII        = '\u007F'     // the largest ASCII value
	MaxLatin1       = '\u00FF'     // the largest Latin-1 value
)

// Version is the Unicode edition the tables come from.
const Version = "13.0.0"

// RangeTable lists a set of code points as ranges sorted by Lo; R16 holds those below
// 0x10000, R32 the rest. The first LatinOffset entries of R16 lie within Latin-1.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int
}

// Range16 is the set Lo, Lo+Stride, ..., up to Hi.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 is Range16 for code points that may exceed 16 bits.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// Is reports whether r is in the table.
func Is(rangeTab *RangeTable, r rune) bool {
	if r < 0 {
		return false
	}
	if r <= 0xFFFF {
		t := rangeTab.R16
		return inRanges(len(t), r, func(i int) (rune, rune, rune) {
			return rune(t[i].Lo), rune(t[i].Hi), rune(t[i].Stride)
		})
	}
	t := rangeTab.R32
	return inRanges(len(t), r, func(i int) (rune, rune, rune) {
		return rune(t[i].Lo), rune(t[i].Hi), rune(t[i].Stride)
	})
}

// inRanges binary-searches n sorted ranges, given by index, for r.
func inRanges(n int, r rune, at func(int) (lo, hi, stride rune)) bool {
	lo, hi := 0, n
	for lo < hi {
		m := lo + (hi-lo)/2
		glo, ghi, stride := at(m)
		switch {
		case r < glo:
			hi = m
		case r > ghi:
			lo = m + 1
		default:
			return (r-glo)%stride == 0
		}
	}
	return false
}

// In reports whether r is in any of the tables.
func In(r rune, ranges ...*RangeTable) bool {
	return IsOneOf(ranges, r)
}

// IsOneOf reports whether r is in any of the tables.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	for _, t := range ranges {
		if Is(t, r) {
			return true
		}
	}
	return false
}

// IsLetter reports whether r is a letter (category L).
func IsLetter(r rune) bool { return Is(Letter, r) }

// IsUpper reports whether r is an upper case letter (Lu).
func IsUpper(r rune) bool { return Is(Upper, r) }

// IsLower reports whether r is a lower case letter (Ll).
func IsLower(r rune) bool { return Is(Lower, r) }

// IsTitle reports whether r is a title case letter (Lt).
func IsTitle(r rune) bool { return Is(Title, r) }

// IsDigit reports whether r is a decimal digit (Nd).
func IsDigit(r rune) bool { return Is(Digit, r) }

// IsNumber reports whether r is a number (category N).
func IsNumber(r rune) bool { return Is(Number, r) }

// IsMark reports whether r is a mark (category M).
func IsMark(r rune) bool { return Is(Mark, r) }

// IsPunct reports whether r is punctuation (category P).
func IsPunct(r rune) bool { return Is(Punct, r) }

// IsSymbol reports whether r is a symbol (category S).
func IsSymbol(r rune) bool { return Is(Symbol, r) }

// IsControl reports whether r is a control character (Cc); surrogates and other C categories
// are not included.
func IsControl(r rune) bool { return Is(Control, r) }

// IsSpace reports whether r is white space by Unicode's White_Space property.
func IsSpace(r rune) bool { return Is(White_Space, r) }

// GraphicRanges are the categories IsGraphic accepts.
var GraphicRanges = []*RangeTable{L, M, N, P, S, Zs}

// PrintRanges are the categories IsPrint accepts, besides the ASCII space.
var PrintRanges = []*RangeTable{L, M, N, P, S}

// IsGraphic reports whether r is a letter, mark, number, punctuation, symbol or space
// separator (Zs).
func IsGraphic(r rune) bool { return IsOneOf(GraphicRanges, r) }

// IsPrint is IsGraphic with U+0020 as the only space.
func IsPrint(r rune) bool { return r == ' ' || IsOneOf(PrintRanges, r) }
