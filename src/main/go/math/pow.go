package math

// isOddInt reports whether x is an odd integer.
func isOddInt(x float64) bool {
	if Abs(x) >= 1<<53 {
		return false // every float this large is even
	}
	i, f := Modf(x)
	return f == 0 && Mod(i, 2) != 0
}

// Pow returns x^y, with the special cases of C99's pow (see docs/stdlib.md for the list).
func Pow(x, y float64) float64 {
	switch {
	case y == 0 || x == 1:
		return 1
	case y == 1:
		return x
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0:
		switch {
		case y < 0:
			if Signbit(x) && isOddInt(y) {
				return Inf(-1)
			}
			return Inf(1)
		case isOddInt(y):
			return x
		}
		return 0
	case IsInf(y, 0):
		switch {
		case x == -1:
			return 1
		case (Abs(x) < 1) == IsInf(y, 1):
			return 0
		}
		return Inf(1)
	case IsInf(x, 0):
		if IsInf(x, -1) {
			return Pow(1/x, -y) // -0 to the -y
		}
		if y < 0 {
			return 0
		}
		return Inf(1)
	case y == 0.5:
		return Sqrt(x)
	case y == -0.5:
		return 1 / Sqrt(x)
	}
	yi, yf := Modf(Abs(y))
	if yf != 0 && x < 0 {
		return NaN()
	}
	if yi >= 1<<63 {
		// A huge even integer power: the result is 1, 0 or infinite.
		switch {
		case x == -1:
			return 1
		case (Abs(x) < 1) == (y > 0):
			return 0
		}
		return Inf(1)
	}
	// x^|y| = x^yf × x^yi; the integer power by repeated squaring, keeping mantissa and
	// exponent apart so that intermediate results cannot overflow.
	a := 1.0
	ae := 0
	if yf != 0 {
		if yf > 0.5 {
			yf--
			yi++
		}
		a = Exp(yf * Log(x))
	}
	xm, xe := Frexp(x)
	for i := int64(yi); i != 0; i >>= 1 {
		if xe < -1<<12 || 1<<12 < xe {
			// The exponent alone decides: overflow or underflow.
			ae += xe
			break
		}
		if i&1 == 1 {
			a *= xm
			ae += xe
		}
		xm *= xm
		xe <<= 1
		if xm < 0.5 {
			xm += xm
			xe--
		}
	}
	if y < 0 {
		a = 1 / a
		ae = -ae
	}
	return Ldexp(a, ae)
}

// Pow10 returns 10^n: 0 below -323 and +Inf above 308.
func Pow10(n int) float64 {
	switch {
	case 0 <= n && n <= 308:
		return pow10big[n/32] * pow10small[n%32]
	case -323 <= n && n < 0:
		return pow10neg[-n/32] / pow10small[-n%32]
	case n > 0:
		return Inf(1)
	}
	return 0
}

var pow10small = [32]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
	1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29, 1e30, 1e31}

var pow10big = [10]float64{1e0, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288}

var pow10neg = [11]float64{1e0, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192, 1e-224, 1e-256, 1e-288, 1e-320}
