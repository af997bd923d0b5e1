package runtime

import "unsafe"

// complex128div is n/m: Smith's division (it avoids overflow in the intermediate products),
// with the infinities and zeros of C99's annex G when the result comes out as NaN+NaNi.
func complex128div(n complex128, m complex128) complex128 {
	a, b := real(n), imag(n)
	c, d := real(m), imag(m)
	var e, f float64
	if fabs(c) >= fabs(d) {
		ratio := d / c
		denom := c + ratio*d
		e = (a + b*ratio) / denom
		f = (b - a*ratio) / denom
	} else {
		ratio := c / d
		denom := d + ratio*c
		e = (a*ratio + b) / denom
		f = (b*ratio - a) / denom
	}
	if isNaN(e) && isNaN(f) {
		inf := float64frombits(0x7FF0000000000000)
		switch {
		case c == 0 && d == 0 && (!isNaN(a) || !isNaN(b)):
			e = copysign(inf, c) * a
			f = copysign(inf, c) * b
		case (isInf(a) || isInf(b)) && isFinite(c) && isFinite(d):
			a = copysign(unit(isInf(a)), a)
			b = copysign(unit(isInf(b)), b)
			e = inf * (a*c + b*d)
			f = inf * (b*c - a*d)
		case (isInf(c) || isInf(d)) && isFinite(a) && isFinite(b):
			c = copysign(unit(isInf(c)), c)
			d = copysign(unit(isInf(d)), d)
			e = 0 * (a*c + b*d)
			f = 0 * (b*c - a*d)
		}
	}
	return complex(e, f)
}

func unit(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

func isNaN(x float64) bool    { return x != x }
func isFinite(x float64) bool { return !isNaN(x - x) }
func isInf(x float64) bool    { return !isNaN(x) && !isFinite(x) }

const signBit = 1 << 63

func fabs(x float64) float64 {
	return float64frombits(float64bits(x) &^ signBit)
}

func copysign(x, y float64) float64 {
	return float64frombits(float64bits(x)&^signBit | float64bits(y)&signBit)
}

func float64bits(x float64) uint64     { return *(*uint64)(unsafe.Pointer(&x)) }
func float64frombits(b uint64) float64 { return *(*float64)(unsafe.Pointer(&b)) }
