package unicode

// Case kinds, the first argument of To.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// UpperLower in a CaseRange's delta means the range alternates upper and lower case letters.
const UpperLower = MaxRune + 1

// CaseRange maps the runes Lo..Hi to another case by adding Delta[UpperCase], Delta[LowerCase]
// or Delta[TitleCase].
type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

type d [MaxCase]rune

// CaseRanges are the case mappings To uses, sorted by Lo (generated in tables.go).
var CaseRanges = _CaseRanges

// SpecialCase is a language's own case mappings, consulted before CaseRanges.
type SpecialCase []CaseRange

// ToUpper maps r to upper case, the special mappings first.
func (special SpecialCase) ToUpper(r rune) rune { return special.to(UpperCase, r) }

// ToLower maps r to lower case, the special mappings first.
func (special SpecialCase) ToLower(r rune) rune { return special.to(LowerCase, r) }

// ToTitle maps r to title case, the special mappings first.
func (special SpecialCase) ToTitle(r rune) rune { return special.to(TitleCase, r) }

func (special SpecialCase) to(_case int, r rune) rune {
	if m, ok := lookup(special, _case, r); ok {
		return m
	}
	return To(_case, r)
}

// To maps r to the case _case (UpperCase, LowerCase or TitleCase); a rune without a mapping,
// or an invalid case, gives r itself (ReplacementChar for an invalid case).
func To(_case int, r rune) rune {
	if _case < 0 || MaxCase <= _case {
		return ReplacementChar
	}
	m, _ := lookup(CaseRanges, _case, r)
	return m
}

// lookup applies the range of caseRange that holds r, reporting whether there was one.
func lookup(caseRange []CaseRange, _case int, r rune) (rune, bool) {
	for _, cr := range caseRange {
		if r < rune(cr.Lo) || rune(cr.Hi) < r {
			continue
		}
		delta := cr.Delta[_case]
		if delta > MaxRune {
			// Alternating pairs: even offsets are upper case, odd ones lower case; title
			// case is upper case.
			return rune(cr.Lo) + ((r-rune(cr.Lo))&^1 | rune(_case&1)), true
		}
		return r + delta, true
	}
	return r, false
}

// ToUpper maps r to upper case.
func ToUpper(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return To(UpperCase, r)
}

// ToLower maps r to lower case.
func ToLower(r rune) rune {
	if r <= MaxASCII {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	return To(LowerCase, r)
}

// ToTitle maps r to title case.
func ToTitle(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return To(TitleCase, r)
}

// foldOrbits (in tables.go) are the cycles of runes that fold together where the cycle is
// not simply "lower case, then upper case".

// SimpleFold returns the smallest rune greater than r that is equivalent to r under simple
// case folding, or the smallest equivalent rune when there is none greater; r itself when r
// has no other case or is not a valid rune.
func SimpleFold(r rune) rune {
	if r < 0 || r > MaxRune {
		return r
	}
	for _, orbit := range foldOrbits {
		for i, o := range orbit {
			if o == r {
				return orbit[(i+1)%len(orbit)]
			}
		}
	}
	if l := ToLower(r); l != r {
		return l
	}
	return ToUpper(r)
}
