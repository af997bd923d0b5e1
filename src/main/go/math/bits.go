package math

import "unsafe"

const (
	uvnan    = 0x7FF8000000000001
	uvinf    = 0x7FF0000000000000
	uvneginf = 0xFFF0000000000000
	mask     = 0x7FF // exponent field, after shifting by shift
	shift    = 64 - 11 - 1
	bias     = 1023
	signMask = 1 << 63
	fracMask = 1<<shift - 1
)

// Float64bits returns the IEEE 754 bits of f.
func Float64bits(f float64) uint64 { return *(*uint64)(unsafe.Pointer(&f)) }

// Float64frombits returns the float64 with IEEE 754 bits b.
func Float64frombits(b uint64) float64 { return *(*float64)(unsafe.Pointer(&b)) }

// Float32bits returns the IEEE 754 bits of f.
func Float32bits(f float32) uint32 { return *(*uint32)(unsafe.Pointer(&f)) }

// Float32frombits returns the float32 with IEEE 754 bits b.
func Float32frombits(b uint32) float32 { return *(*float32)(unsafe.Pointer(&b)) }

// Inf returns +Inf for sign >= 0, -Inf otherwise.
func Inf(sign int) float64 {
	if sign >= 0 {
		return Float64frombits(uvinf)
	}
	return Float64frombits(uvneginf)
}

// NaN returns an IEEE 754 "not a number".
func NaN() float64 { return Float64frombits(uvnan) }

// IsNaN reports whether f is a NaN: the only value unequal to itself.
func IsNaN(f float64) (is bool) { return f != f }

// IsInf reports whether f is +Inf (sign > 0), -Inf (sign < 0), or either (sign == 0).
func IsInf(f float64, sign int) bool {
	return sign >= 0 && f > MaxFloat64 || sign <= 0 && f < -MaxFloat64
}

// Signbit reports whether x has its sign bit set (it is negative or -0).
func Signbit(x float64) bool { return Float64bits(x)&signMask != 0 }

// Copysign returns the magnitude of f with the sign of sign.
func Copysign(f, sign float64) float64 {
	return Float64frombits(Float64bits(f)&^signMask | Float64bits(sign)&signMask)
}

// Abs returns the absolute value of x.
func Abs(x float64) float64 { return Float64frombits(Float64bits(x) &^ signMask) }
