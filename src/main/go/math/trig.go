package math

// π/2 in three parts of decreasing size, the first two with trailing zero bits, so that
// x - k×π/2 is computed accurately for |x| up to about 2^30.
const (
	pio2a = 1.57079632673412561417e+00
	pio2b = 6.07710050630396597660e-11
	pio2c = 2.02226624879595063154e-21
)

// reduce returns r in [-π/4, π/4] and the quadrant q (0-3) with x = r + q×π/2 (mod 2π).
// Beyond 2^30 the reduction is done modulo a rounded 2π and loses all accuracy.
func reduce(x float64) (r float64, q int) {
	if Abs(x) >= 1<<30 {
		x = Mod(x, 2*Pi)
	}
	k := Round(x * (2 / Pi))
	r = ((x - k*pio2a) - k*pio2b) - k*pio2c
	return r, int(Mod(k, 4)+4) % 4
}

// sinSeries and cosSeries sum the Taylor series for |r| <= π/4.
func sinSeries(r float64) float64 {
	sum, term, r2 := r, r, r*r
	for n := 2.0; n < maxTerms; n += 2 {
		term *= -r2 / (n * (n + 1))
		next := sum + term
		if next == sum {
			return sum
		}
		sum = next
	}
	return sum
}

func cosSeries(r float64) float64 {
	sum, term, r2 := 1.0, 1.0, r*r
	for n := 1.0; n < maxTerms; n += 2 {
		term *= -r2 / (n * (n + 1))
		next := sum + term
		if next == sum {
			return sum
		}
		sum = next
	}
	return sum
}

// Sin returns the sine of x (radians): NaN for ±Inf and NaN, ±0 for ±0.
func Sin(x float64) float64 {
	if x == 0 || IsNaN(x) {
		return x
	}
	if IsInf(x, 0) {
		return NaN()
	}
	r, q := reduce(x)
	switch q {
	case 0:
		return sinSeries(r)
	case 1:
		return cosSeries(r)
	case 2:
		return -sinSeries(r)
	}
	return -cosSeries(r)
}

// Cos returns the cosine of x (radians): NaN for ±Inf and NaN.
func Cos(x float64) float64 {
	if IsInf(x, 0) || IsNaN(x) {
		return NaN()
	}
	r, q := reduce(x)
	switch q {
	case 0:
		return cosSeries(r)
	case 1:
		return -sinSeries(r)
	case 2:
		return -cosSeries(r)
	}
	return sinSeries(r)
}

// Sincos returns Sin(x), Cos(x).
func Sincos(x float64) (sin, cos float64) { return Sin(x), Cos(x) }

// Tan returns the tangent of x (radians).
func Tan(x float64) float64 {
	if x == 0 || IsNaN(x) {
		return x
	}
	return Sin(x) / Cos(x)
}

// Atan returns the arctangent of x, in [-π/2, π/2].
func Atan(x float64) float64 {
	if Abs(x) < 0x1p-27 || IsNaN(x) {
		return x // x³/3 is below half an ulp
	}
	if Abs(x) > 1 {
		return Copysign(Pi/2, x) - Atan(1/x)
	}
	// Two halvings, atan(x) = 2 atan(x / (1 + sqrt(1 + x²))), bring |t| below tan(π/16).
	t := x
	for i := 0; i < 2; i++ {
		t = t / (1 + Sqrt(1+t*t))
	}
	sum, term, t2 := t, t, t*t
	for n := 3.0; n < maxTerms; n += 2 {
		term *= -t2
		next := sum + term/n
		if next == sum {
			break
		}
		sum = next
	}
	return 4 * sum
}

// Asin returns the arcsine of x, in [-π/2, π/2]; NaN when |x| > 1.
func Asin(x float64) float64 {
	switch {
	case x == 0 || IsNaN(x):
		return x
	case Abs(x) > 1:
		return NaN()
	case Abs(x) == 1:
		return Copysign(Pi/2, x)
	}
	return Atan(x / Sqrt((1-x)*(1+x)))
}

// Acos returns the arccosine of x, in [0, π]; NaN when |x| > 1.
func Acos(x float64) float64 { return Pi/2 - Asin(x) }

// Atan2 returns the arctangent of y/x, using the signs of both to find the quadrant.
func Atan2(y, x float64) float64 {
	switch {
	case IsNaN(y) || IsNaN(x):
		return NaN()
	case y == 0:
		if x > 0 || x == 0 && !Signbit(x) {
			return Copysign(0, y)
		}
		return Copysign(Pi, y)
	case x == 0:
		return Copysign(Pi/2, y)
	case IsInf(x, 0):
		if IsInf(x, 1) {
			if IsInf(y, 0) {
				return Copysign(Pi/4, y)
			}
			return Copysign(0, y)
		}
		if IsInf(y, 0) {
			return Copysign(3*Pi/4, y)
		}
		return Copysign(Pi, y)
	case IsInf(y, 0):
		return Copysign(Pi/2, y)
	}
	q := Atan(y / x)
	if x < 0 {
		if q <= 0 {
			return q + Pi
		}
		return q - Pi
	}
	return q
}

// Hypot returns sqrt(p² + q²) without undue overflow or underflow.
func Hypot(p, q float64) float64 {
	switch {
	case IsInf(p, 0) || IsInf(q, 0):
		return Inf(1)
	case IsNaN(p) || IsNaN(q):
		return NaN()
	}
	p, q = Abs(p), Abs(q)
	if p < q {
		p, q = q, p
	}
	if p == 0 {
		return 0
	}
	q = q / p
	return p * Sqrt(1+q*q)
}

// Cbrt returns the cube root of x.
func Cbrt(x float64) float64 {
	if x == 0 || IsNaN(x) || IsInf(x, 0) {
		return x
	}
	f, e := Frexp(Abs(x))
	for e%3 != 0 {
		f /= 2
		e++
	}
	// Newton's iteration on f in [1/8, 1), then a final correction toward the nearest.
	y := 0.7
	for i := 0; i < 8; i++ {
		y -= (y*y*y - f) / (3 * y * y)
	}
	return Copysign(Ldexp(y, e/3), x)
}
