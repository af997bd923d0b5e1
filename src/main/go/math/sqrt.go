package math

import "math/bits"

// Sqrt returns the correctly rounded square root of x: sqrt(±0) = ±0, sqrt(+Inf) = +Inf,
// NaN for x < 0 and for NaN.
func Sqrt(x float64) float64 {
	switch {
	case x == 0 || IsNaN(x) || IsInf(x, 1):
		return x
	case x < 0:
		return Float64frombits(0xFFF8000000000000) // the NaN amd64's SQRTSD gives
	}
	frac, exp := Frexp(x)         // x = frac × 2^exp, frac in [½, 1)
	m := uint64(frac * (1 << 53)) // 53-bit integer mantissa: x = m × 2^(exp-53)
	e := exp - 53
	if e%2 != 0 {
		m <<= 1
		e--
	}
	// sqrt(x) = sqrt(m × 2^52) × 2^((e-52)/2); the integer root q of m × 2^52 has 53 bits.
	nHi, nLo := m>>12, m<<52
	var q uint64
	for bit := uint64(1) << 53; bit != 0; bit >>= 1 {
		if hi, lo := bits.Mul64(q|bit, q|bit); hi < nHi || hi == nHi && lo <= nLo {
			q |= bit
		}
	}
	// Round to nearest: up when (q + ½)² < N, i.e. (2q+1)² < 4N (never equal).
	hi, lo := bits.Mul64(2*q+1, 2*q+1)
	n4Hi, n4Lo := nHi<<2|nLo>>62, nLo<<2
	if hi < n4Hi || hi == n4Hi && lo < n4Lo {
		q++
	}
	return Ldexp(float64(q), (e-52)/2)
}
