package math

// unbiased returns x's exponent without bias, for finite x.
func unbiased(x float64) int { return int(Float64bits(x)>>shift&mask) - bias }

// Trunc returns the integer part of x, keeping the sign (Trunc(-0.5) is -0).
func Trunc(x float64) float64 {
	e := unbiased(x)
	switch {
	case e >= shift: // already an integer, or Inf or NaN
		return x
	case e < 0:
		return Copysign(0, x)
	}
	return Float64frombits(Float64bits(x) &^ (fracMask >> uint(e)))
}

// Floor returns the greatest integer value at most x.
func Floor(x float64) float64 {
	t := Trunc(x)
	if x < 0 && t != x {
		return t - 1
	}
	return t
}

// Ceil returns the least integer value at least x.
func Ceil(x float64) float64 { return -Floor(-x) }

// Round returns the nearest integer, halves away from zero.
func Round(x float64) float64 {
	t := Trunc(x)
	if Abs(x-t) >= 0.5 {
		return t + Copysign(1, x)
	}
	return t
}

// RoundToEven returns the nearest integer, halves to even.
func RoundToEven(x float64) float64 {
	t := Trunc(x)
	d := Abs(x - t)
	if d > 0.5 || d == 0.5 && Mod(t, 2) != 0 {
		return t + Copysign(1, x)
	}
	return t
}

// Modf returns the integer and fractional parts of f, both with f's sign. For ±Inf the
// fraction is the NaN that Inf-Inf gives, as in gc.
func Modf(f float64) (int float64, frac float64) {
	if f < 1 {
		switch {
		case f < 0:
			int, frac = Modf(-f)
			return -int, -frac
		case f == 0:
			return f, f
		}
		return 0, f
	}
	int = Trunc(f)
	return int, f - int
}

// Frexp splits f into a fraction in [½, 1) and a power of two: f == frac × 2^exp. Zero,
// infinities and NaN come back unchanged with exp 0.
func Frexp(f float64) (frac float64, exp int) {
	if f == 0 || IsInf(f, 0) || IsNaN(f) {
		return f, 0
	}
	if Abs(f) < 0x1p-1022 {
		f *= 1 << 52
		exp = -52
	}
	exp += unbiased(f) + 1
	b := Float64bits(f)&^(mask<<shift) | (bias-1)<<shift
	return Float64frombits(b), exp
}

// Ldexp returns frac × 2^exp, rounding once if the result is denormal.
func Ldexp(frac float64, exp int) float64 {
	if frac == 0 || IsInf(frac, 0) || IsNaN(frac) {
		return frac
	}
	frac, e := Frexp(frac)
	exp += e
	switch {
	case exp > 1024:
		return Copysign(Inf(1), frac)
	case exp < -1074:
		return Copysign(0, frac)
	case exp < -1021:
		// Denormal: scale to a normal number first, so that the only rounding is the last
		// multiplication.
		return frac * pow2(exp+53) * 0x1p-53
	case exp == 1024:
		return frac * pow2(1023) * 2 // 2^1024 itself overflows, the product need not
	}
	return frac * pow2(exp)
}

// pow2 returns 2^k for k in [-1022, 1023].
func pow2(k int) float64 { return Float64frombits(uint64(k+bias) << shift) }

// Mod returns the remainder of x/y, with x's sign; exact.
func Mod(x, y float64) float64 {
	if y == 0 || IsInf(x, 0) || IsNaN(x) || IsNaN(y) {
		return NaN()
	}
	y = Abs(y)
	r := Abs(x)
	for r >= y {
		// Subtract the largest y × 2^k not above r; every step is exact.
		rf, re := Frexp(r)
		yf, ye := Frexp(y)
		if rf < yf {
			re--
		}
		r -= Ldexp(y, re-ye)
	}
	return Copysign(r, x)
}

// Max returns the larger of x and y: +Inf if either is, NaN if either is, +0 over -0.
func Max(x, y float64) float64 {
	switch {
	case IsInf(x, 1) || IsInf(y, 1):
		return Inf(1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return y
		}
		return x
	case x > y:
		return x
	}
	return y
}

// Min returns the smaller of x and y: -Inf if either is, NaN if either is, -0 over +0.
func Min(x, y float64) float64 {
	switch {
	case IsInf(x, -1) || IsInf(y, -1):
		return Inf(-1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return x
		}
		return y
	case x < y:
		return x
	}
	return y
}

// Dim returns the maximum of x-y and 0.
func Dim(x, y float64) float64 {
	v := x - y
	if v <= 0 {
		return 0
	}
	return v
}
