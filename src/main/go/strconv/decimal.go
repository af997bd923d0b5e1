package strconv

// digits is a decimal number 0.d[0]d[1]... × 10^dp, the d being digit values 0-9, without
// trailing zeros; zero has no digits.
type digits struct {
	d  []byte
	dp int
}

// exactDigits returns the exact decimal value of mant × 2^exp.
func exactDigits(mant uint64, exp int) digits {
	return scaledDigits(natOf(mant), exp)
}

// scaledDigits returns the exact decimal value of x × 2^exp: for negative exp that is
// x × 5^-exp / 10^-exp.
func scaledDigits(x nat, exp int) digits {
	var d []byte
	scale := 0
	if exp >= 0 {
		d = x.shl(exp).decimal()
	} else {
		d = x.mulPow(5, -exp).decimal()
		scale = -exp
	}
	return trimDigits(d, len(d)-scale)
}

func trimDigits(d []byte, dp int) digits {
	for len(d) > 0 && d[len(d)-1] == 0 {
		d = d[:len(d)-1]
	}
	if len(d) == 0 {
		dp = 0
	}
	return digits{d, dp}
}

// roundTo rounds a to n significant digits, halves to even; n <= 0 keeps nothing or, when
// rounding up from below the first digit, gives a single 1.
func (a digits) roundTo(n int) digits {
	if n >= len(a.d) {
		return a
	}
	if n < 0 {
		return digits{}
	}
	if a.roundsUp(n) {
		return a.incrementAt(n)
	}
	return trimDigits(a.d[:n], a.dp)
}

// roundsUp reports whether keeping n digits should round up: the rest exceeds one half,
// or is exactly one half and the last kept digit is odd.
func (a digits) roundsUp(n int) bool {
	if a.d[n] != 5 || n+1 < len(a.d) {
		return a.d[n] >= 5
	}
	return n > 0 && a.d[n-1]%2 == 1
}

// incrementAt returns a truncated to n digits plus one unit in the n-th digit.
func (a digits) incrementAt(n int) digits {
	d := append([]byte(nil), a.d[:n]...)
	for i := n - 1; i >= 0; i-- {
		if d[i] < 9 {
			d[i]++
			return trimDigits(d, a.dp)
		}
		d[i] = 0
	}
	return digits{[]byte{1}, a.dp + 1}
}

// shortestDigits returns the shortest decimal that reads back as the float mant × 2^exp, whose
// neighbours are half an ulp away above and lowGap quarter-ulps away below (2, or 1 at a
// power of two where the ulp below is half as large). Among equally short ones it is the
// nearest to the exact value. Ties of the interval's ends count as inside when mant is even,
// as round-half-even reading would give mant.
func shortestDigits(mant uint64, exp int, lowGap uint32) digits {
	if mant == 0 {
		return digits{}
	}
	m4 := natOf(mant).shl(2)
	exact := scaledDigits(m4, exp-2)
	upper := scaledDigits(m4.mulAdd(1, 2), exp-2)
	lower := scaledDigits(m4.sub(natOf(uint64(lowGap))), exp-2)
	inclusive := mant%2 == 0
	for n := 1; n < len(exact.d); n++ {
		down := trimDigits(exact.d[:n], exact.dp)
		up := exact.incrementAt(n)
		okDown := compareDigits(lower, down) < 0 || inclusive && compareDigits(lower, down) == 0
		okUp := compareDigits(up, upper) < 0 || inclusive && compareDigits(up, upper) == 0
		switch {
		case okDown && okUp:
			return exact.roundTo(n)
		case okDown:
			return down
		case okUp:
			return up
		}
	}
	return exact
}

// compareDigits compares two decimals.
func compareDigits(a, b digits) int {
	if len(a.d) == 0 || len(b.d) == 0 {
		return len(a.d) - len(b.d)
	}
	if a.dp != b.dp {
		if a.dp < b.dp {
			return -1
		}
		return 1
	}
	for i := 0; i < len(a.d) && i < len(b.d); i++ {
		if a.d[i] != b.d[i] {
			return int(a.d[i]) - int(b.d[i])
		}
	}
	return len(a.d) - len(b.d)
}
