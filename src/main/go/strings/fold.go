package strings

import "unicode"

// sameFold reports whether r1 and r2 belong to the same simple-folding orbit.
func sameFold(r1, r2 rune) bool {
	if r1 == r2 {
		return true
	}
	for r := unicode.SimpleFold(r1); r != r1; r = unicode.SimpleFold(r) {
		if r == r2 {
			return true
		}
	}
	return false
}
