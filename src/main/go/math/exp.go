package math

// The transcendental functions below are straightforward: argument reduction, then series
// summed until the terms vanish. They are accurate to a few ulps, not always correctly
// rounded, and may differ from gc's in the last bits (see docs/stdlib.md).

// maxTerms bounds every series: they converge in far fewer terms for reduced arguments, and
// the bound stops a NaN or a huge argument from looping forever.
const maxTerms = 100

// ln2 split so that k×ln2Hi is exact for the k used in reductions.
const (
	ln2Hi = 6.93147180369123816490e-01
	ln2Lo = 1.90821492927058770002e-10
)

// Exp returns e^x.
func Exp(x float64) float64 {
	switch {
	case IsNaN(x) || IsInf(x, 1):
		return x
	case IsInf(x, -1):
		return 0
	case x > 7.09782712893383973096e+02:
		return Inf(1)
	case x < -7.45133219101941108420e+02:
		return 0
	}
	k := Round(x / Ln2)
	r := (x - k*ln2Hi) - k*ln2Lo
	return Ldexp(expSeries(r), int(k))
}

// expSeries sums the Taylor series of e^r for small r.
func expSeries(r float64) float64 {
	sum, term := 1.0, 1.0
	for n := 1.0; n < maxTerms; n++ {
		term *= r / n
		next := sum + term
		if next == sum {
			return sum
		}
		sum = next
	}
	return sum
}

// Exp2 returns 2^x.
func Exp2(x float64) float64 {
	switch {
	case IsNaN(x) || IsInf(x, 1):
		return x
	case IsInf(x, -1):
		return 0
	case x >= 1024:
		return Inf(1)
	case x < -1075:
		return 0
	}
	k := Round(x)
	return Ldexp(Exp((x-k)*Ln2), int(k))
}

// Log returns the natural logarithm of x.
func Log(x float64) float64 {
	switch {
	case IsNaN(x) || IsInf(x, 1):
		return x
	case x < 0:
		return NaN()
	case x == 0:
		return Inf(-1)
	}
	f, e := Frexp(x)
	if f < Sqrt2/2 {
		f *= 2
		e--
	}
	// log(f) = 2 atanh(s) with s = (f-1)/(f+1), |s| < 0.172.
	s := (f - 1) / (f + 1)
	s2 := s * s
	sum, term := 0.0, s
	for n := 1.0; n < maxTerms; n += 2 {
		next := sum + term/n
		if next == sum {
			break
		}
		sum = next
		term *= s2
	}
	k := float64(e)
	return k*ln2Hi + (2*sum + k*ln2Lo)
}

// Log2 returns the binary logarithm of x, exact for powers of two.
func Log2(x float64) float64 {
	frac, exp := Frexp(x)
	if frac == 0.5 {
		return float64(exp - 1)
	}
	return Log(frac)*(1/Ln2) + float64(exp)
}

// Log10 returns the decimal logarithm of x.
func Log10(x float64) float64 { return Log(x) * (1 / Ln10) }

// Log1p returns log(1+x), accurate also for x near 0.
func Log1p(x float64) float64 {
	u := 1 + x
	switch {
	case x < -1 || IsNaN(x):
		return NaN()
	case x == -1:
		return Inf(-1)
	case IsInf(x, 1):
		return x
	case u == 1:
		return x
	}
	// The rounding error of 1+x cancels in log(u) × x/(u-1).
	return Log(u) * (x / (u - 1))
}

// Expm1 returns e^x - 1, accurate also for x near 0: there the series is summed without
// its leading 1, which would swallow the small terms.
func Expm1(x float64) float64 {
	if x == 0 || IsNaN(x) {
		return x
	}
	if Abs(x) >= Ln2/2 {
		return Exp(x) - 1
	}
	sum, term := 0.0, 1.0
	for n := 1.0; n < maxTerms; n++ {
		term *= x / n
		next := sum + term
		if next == sum {
			return sum
		}
		sum = next
	}
	return sum
}

// Sinh returns the hyperbolic sine of x.
func Sinh(x float64) float64 {
	if x == 0 || IsNaN(x) {
		return x
	}
	if Abs(x) < 0.5 {
		return (Expm1(x) - Expm1(-x)) / 2
	}
	e := Exp(Abs(x))
	return Copysign((e-1/e)/2, x)
}

// Cosh returns the hyperbolic cosine of x.
func Cosh(x float64) float64 {
	e := Exp(Abs(x))
	return (e + 1/e) / 2
}

// Tanh returns the hyperbolic tangent of x.
func Tanh(x float64) float64 {
	switch {
	case IsNaN(x):
		return x
	case Abs(x) > 22:
		return Copysign(1, x)
	}
	e := Expm1(2 * Abs(x))
	return Copysign(e/(e+2), x)
}
