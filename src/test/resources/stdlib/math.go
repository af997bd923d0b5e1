// Exercises math and math/bits: exact functions bit for bit, approximations to 10 digits.
package main

import (
	"fmt"
	"math"
	"math/bits"
	"math/rand"
)

func exact(name string, f func(float64) float64, xs []float64) {
	for _, x := range xs {
		fmt.Printf("%s(%b) = %b\n", name, math.Float64bits(x), math.Float64bits(f(x)))
	}
}

// approx prints results to 10 significant digits: our series may differ from gc's in the
// last bits.
func approx(name string, f func(float64) float64, xs []float64) {
	for _, x := range xs {
		fmt.Printf("%s(%.17g) = %.10g\n", name, x, f(x))
	}
}

func main() {
	r := rand.New(rand.NewSource(5))
	// The denormal comes last: gc's amd64 Log is wrong for it (log(5e-324) = -709.09), so the
	// functions built on Log are not tested with it.
	special := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 1.5, 2.5, -2.5, 0.49999999999999994, 1 << 52, 1<<52 + 0.5,
		1 << 53, math.Inf(1), math.Inf(-1), math.NaN(), math.MaxFloat64, 2.2250738585072014e-308,
		3, 4, 9, 2, 1e300, 1e-300, 0.1, 100, 7, math.SmallestNonzeroFloat64}
	xs := append([]float64(nil), special...)
	for i := 0; i < 300; i++ {
		xs = append(xs, math.Float64frombits(r.Uint64()), (r.Float64()-0.5)*float64(int(1)<<uint(r.Intn(60))))
	}
	for _, f := range []struct {
		name string
		fn   func(float64) float64
	}{{"Floor", math.Floor}, {"Ceil", math.Ceil}, {"Trunc", math.Trunc}, {"Round", math.Round}, {"RoundToEven", math.RoundToEven},
		{"Abs", math.Abs}, {"Sqrt", math.Sqrt}, {"Modf0", func(x float64) float64 { i, _ := math.Modf(x); return i }},
		{"Modf1", func(x float64) float64 { _, f := math.Modf(x); return f }},
		{"Frexp", func(x float64) float64 { f, e := math.Frexp(x); return f + float64(e)*1e-300 }},
		{"Ldexp", func(x float64) float64 { return math.Ldexp(x, -1060) }},
		{"Ldexp2", func(x float64) float64 { return math.Ldexp(x, 1000) }},
		{"Mod", func(x float64) float64 { return math.Mod(x, 3.7) }}, {"Mod2", func(x float64) float64 { return math.Mod(7e100, x) }},
		{"Max", func(x float64) float64 { return math.Max(x, 1.5) }}, {"Min", func(x float64) float64 { return math.Min(x, math.Copysign(0, -1)) }},
		{"Dim", func(x float64) float64 { return math.Dim(x, 2) }}, {"Copysign", func(x float64) float64 { return math.Copysign(3, x) }},
		{"Pow10", func(x float64) float64 { return math.Pow10(int(math.Mod(x, 700))) }},
		{"PowInt", func(x float64) float64 { return math.Pow(x, 3) }}, {"PowInt2", func(x float64) float64 { return math.Pow(1.0001, math.Trunc(math.Mod(x, 5000))) }},
	} {
		exact(f.name, f.fn, xs)
	}
	for _, f := range []struct {
		name string
		fn   func(float64) float64
	}{{"Exp", math.Exp}, {"Log", math.Log}, {"Log2", math.Log2}, {"Log10", math.Log10}, {"Log1p", math.Log1p}, {"Expm1", math.Expm1},
		{"Exp2", math.Exp2}, {"Sin", math.Sin}, {"Cos", math.Cos}, {"Tan", math.Tan}, {"Atan", math.Atan}, {"Asin", math.Asin},
		{"Acos", math.Acos}, {"Sinh", math.Sinh}, {"Cosh", math.Cosh}, {"Tanh", math.Tanh}, {"Cbrt", math.Cbrt},
		{"Pow", func(x float64) float64 { return math.Pow(x, 0.3) }}, {"Pow2", func(x float64) float64 { return math.Pow(2.5, x) }},
		{"Atan2", func(x float64) float64 { return math.Atan2(x, -1.5) }}, {"Hypot", func(x float64) float64 { return math.Hypot(x, 3) }},
	} {
		// Our Sin, Cos and Tan are only accurate below 2^30 (no Payne-Hanek reduction).
		trig := f.name == "Sin" || f.name == "Cos" || f.name == "Tan"
		var in []float64
		for _, x := range special {
			if x != math.SmallestNonzeroFloat64 && !(trig && math.Abs(x) >= 1<<30) {
				in = append(in, x)
			}
		}
		for i := 0; i < 200; i++ {
			in = append(in, (r.Float64()-0.5)*40, r.Float64()*2-1)
		}
		approx(f.name, f.fn, in)
	}
	normal := special[:len(special)-1]
	for _, y := range normal {
		for _, x := range normal {
			fmt.Printf("Pow %v %v = %.10g; Atan2 = %.10g\n", x, y, math.Pow(x, y), math.Atan2(y, x))
		}
	}
	fmt.Println(math.Inf(1), math.Inf(-1), math.IsInf(math.Inf(1), 1), math.IsInf(math.Inf(1), -1), math.IsInf(math.Inf(-1), 0), math.IsNaN(math.NaN()),
		math.Signbit(math.Copysign(0, -1)), math.Float32bits(1.5), math.Float32frombits(0x40490fdb), math.Pi, math.E, math.MaxInt64, math.MinInt64,
		uint64(math.MaxUint64), math.MaxInt8, math.MaxUint32, math.SmallestNonzeroFloat32, math.MaxFloat32, math.Ln2, math.Log2E, math.Sqrt2, math.Phi)
	testBits(r)
}

func catch(f func()) {
	defer func() { fmt.Println("panic:", recover()) }()
	f()
}

func testBits(r *rand.Rand) {
	vals := []uint64{0, 1, 2, 3, 1 << 63, 1<<64 - 1, 0x8000, 0xff00ff00}
	for i := 0; i < 200; i++ {
		vals = append(vals, r.Uint64()>>uint(r.Intn(64)))
	}
	for _, x := range vals {
		y := r.Uint64()
		k := r.Intn(200) - 100
		fmt.Println(bits.LeadingZeros64(x), bits.LeadingZeros32(uint32(x)), bits.LeadingZeros16(uint16(x)), bits.LeadingZeros8(uint8(x)), bits.LeadingZeros(uint(x)),
			bits.TrailingZeros64(x), bits.TrailingZeros32(uint32(x)), bits.TrailingZeros16(uint16(x)), bits.TrailingZeros8(uint8(x)), bits.TrailingZeros(uint(x)),
			bits.OnesCount64(x), bits.OnesCount32(uint32(x)), bits.OnesCount16(uint16(x)), bits.OnesCount8(uint8(x)), bits.OnesCount(uint(x)),
			bits.Len64(x), bits.Len32(uint32(x)), bits.Len16(uint16(x)), bits.Len8(uint8(x)), bits.Len(uint(x)),
			bits.RotateLeft64(x, k), bits.RotateLeft32(uint32(x), k), bits.RotateLeft16(uint16(x), k), bits.RotateLeft8(uint8(x), k), bits.RotateLeft(uint(x), k),
			bits.Reverse64(x), bits.Reverse32(uint32(x)), bits.Reverse16(uint16(x)), bits.Reverse8(uint8(x)), bits.Reverse(uint(x)),
			bits.ReverseBytes64(x), bits.ReverseBytes32(uint32(x)), bits.ReverseBytes16(uint16(x)), bits.ReverseBytes(uint(x)))
		c := y & 1
		fmt.Println(bits.Add64(x, y, c))
		fmt.Println(bits.Sub64(x, y, c))
		fmt.Println(bits.Mul64(x, y))
		fmt.Println(bits.Add32(uint32(x), uint32(y), uint32(c)))
		fmt.Println(bits.Sub32(uint32(x), uint32(y), uint32(c)))
		fmt.Println(bits.Mul32(uint32(x), uint32(y)))
		fmt.Println(bits.Add(uint(x), uint(y), uint(c)))
		fmt.Println(bits.Sub(uint(x), uint(y), uint(c)))
		fmt.Println(bits.Mul(uint(x), uint(y)))
		if y != 0 {
			fmt.Println(bits.Div64(x%y, r.Uint64(), y))
			fmt.Println(bits.Rem64(x, r.Uint64(), y))
			fmt.Println(bits.Div(uint(x%y), uint(x), uint(y)))
			fmt.Println(bits.Rem(uint(x), uint(y), uint(y)))
		}
		if y32 := uint32(y); y32 != 0 {
			fmt.Println(bits.Div32(uint32(x)%y32, uint32(y>>32), y32))
			fmt.Println(bits.Rem32(uint32(x), uint32(y>>32), y32))
		}
	}
	catch(func() { bits.Div64(5, 0, 3) })
	catch(func() { bits.Div64(0, 1, 0) })
	catch(func() { bits.Div32(5, 0, 3) })
	fmt.Println(bits.UintSize)
}
