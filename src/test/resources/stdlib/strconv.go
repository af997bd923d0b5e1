// Exercises strconv (and math's bit conversions) on fixed and random inputs.
package main

import (
	"errors"
	"fmt"
	"math"
	"math/rand"
	"strconv"
)

func floats(r *rand.Rand) []float64 {
	f := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 0.5, 1.5, 2.5, 1e21, 1e22, 1e23, 123456789, 1.0 / 3, 2.0 / 3,
		5e-324, 1e-323, 2.2250738585072014e-308, 2.225073858507201e-308, math.MaxFloat64, math.SmallestNonzeroFloat64,
		math.MaxFloat32, math.SmallestNonzeroFloat32, 1 << 60, 9007199254740993, 0.000123, 123e-10, 999.9999, 9.5, 0.95, 0.05,
		100, 1e6, 1e-5, 1e-4, 123456.7, math.Inf(1), math.Inf(-1), math.NaN(), 3.4028235e38, 1.17549435e-38, 16777216}
	for i := 0; i < 1500; i++ {
		switch i % 3 {
		case 0:
			f = append(f, math.Float64frombits(r.Uint64()))
		case 1:
			f = append(f, float64(math.Float32frombits(r.Uint32())))
		default:
			f = append(f, float64(r.Intn(100000))/float64(1+r.Intn(1000))*pow10(r.Intn(40)-20))
		}
	}
	return f
}

func pow10(n int) float64 {
	p := 1.0
	for ; n > 0; n-- {
		p *= 10
	}
	for ; n < 0; n++ {
		p /= 10
	}
	return p
}

func testFormatFloat(r *rand.Rand) {
	for _, f := range floats(r) {
		fmt.Println(strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'e', -1, 64), strconv.FormatFloat(f, 'f', -1, 64),
			strconv.FormatFloat(f, 'G', -1, 32), strconv.FormatFloat(f, 'E', -1, 32), strconv.FormatFloat(f, 'b', -1, 64),
			strconv.FormatFloat(f, 'b', -1, 32))
		for _, prec := range []int{0, 1, 2, 3, 6, 10, 17, 25} {
			fmt.Print(strconv.FormatFloat(f, 'e', prec, 64), " ", strconv.FormatFloat(f, 'g', prec, 64), " ",
				strconv.FormatFloat(f, 'g', prec, 32), " ")
			if math.Abs(f) < 1e30 {
				fmt.Print(strconv.FormatFloat(f, 'f', prec, 64), " ")
			}
		}
		fmt.Println()
		s := strconv.FormatFloat(f, 'g', -1, 64)
		back, err := strconv.ParseFloat(s, 64)
		fmt.Println(math.Float64bits(back) == math.Float64bits(f) || f != f, err)
	}
	fmt.Println(string(strconv.AppendFloat([]byte("x="), 1.5, 'g', -1, 64)), strconv.FormatFloat(1, 'z', -1, 64))
}

func testParseFloat(r *rand.Rand) {
	in := []string{"", "1", "+1", "-1", "1.", ".5", ".", "-.", "1e", "1e+", "1e5", "1E-5", "1e+5", "1_000", "1__0", "_1", "0x1p-2",
		"0x1.8p1", "0X1P+3", "0x1", "0x_1p0", "0x1.fffffffffffff8p1023", "0x1p-1074", "0x1p-1075", "0x1.1p-1075", "inf", "+Inf",
		"-INFINITY", "infinity", "infin", "nan", "NaN", "-nan", "+nan", "1e309", "-1e309", "1e-400", "2.4703282292062328e-324",
		"2.4703282292062327e-324", "4.9406564584124654e-324", "1.7976931348623157e308", "1.7976931348623158e308",
		"1.7976931348623159e308", "179769313486231580793728971405301e276", "0.000000000000000000000000000001",
		"3.4028235e38", "3.4028236e38", "3.40282357e38", "1.401298464324817e-45", "7e-46", "7.1e-46", "1e400000000000",
		"123456789012345678901234567890", "9007199254740993", "9007199254740993.0000000000000000000000000000001",
		"0.1e", "1x", "1.2.3", "--1", "0e0", "-0", "00012", "1e-10000000", "0x", "0x.8p1", "0x1.p1", "0xp1"}
	digits := "0123456789"
	for i := 0; i < 600; i++ {
		n := 1 + r.Intn(25)
		b := make([]byte, n)
		for j := range b {
			b[j] = digits[r.Intn(10)]
		}
		s := string(b)
		if p := r.Intn(n + 1); p < n {
			s = s[:p] + "." + s[p:]
		}
		if r.Intn(2) == 0 {
			s += "e" + strconv.Itoa(r.Intn(700)-350)
		}
		in = append(in, s)
	}
	for _, s := range in {
		f, err := strconv.ParseFloat(s, 64)
		g, err32 := strconv.ParseFloat(s, 32)
		fmt.Printf("%q %b %v %b %v\n", s, math.Float64bits(f), err, math.Float64bits(g), err32)
	}
}

func testInts(r *rand.Rand) {
	ints := []int64{0, 1, -1, 9, 10, -10, math.MaxInt64, math.MinInt64, math.MaxInt32, math.MinInt32}
	for i := 0; i < 300; i++ {
		ints = append(ints, int64(r.Uint64())>>uint(r.Intn(64)))
	}
	for _, v := range ints {
		for base := 2; base <= 36; base += 1 + r.Intn(6) {
			fmt.Print(strconv.FormatInt(v, base), " ", strconv.FormatUint(uint64(v), base), " ")
		}
		fmt.Println(strconv.Itoa(int(v)), string(strconv.AppendInt([]byte("<"), v, 10)), string(strconv.AppendUint(nil, uint64(v), 16)))
	}
	in := []string{"", "0", "-0", "+5", "-", "+", "12", "-12", "0x1f", "0X1F", "0b101", "0o17", "017", "08", "0x", "1_000", "1__0",
		"_1", "0x_1f", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
		"18446744073709551615", "18446744073709551616", "99999999999999999999x", "127", "128", "-128", "-129", "255", "256",
		"z", "Z", "zz", "abc", "1e5", " 1", "1 ", "0b", "0o", "0_1"}
	for i := 0; i < 200; i++ {
		in = append(in, strconv.FormatInt(int64(r.Uint64())>>uint(r.Intn(64)), 10))
	}
	for _, s := range in {
		fmt.Println(s)
		for _, bits := range []int{0, 8, 16, 32, 64, 65, -1} {
			for _, base := range []int{0, 2, 8, 10, 16, 36, 1, 37} {
				i, err := strconv.ParseInt(s, base, bits)
				u, uerr := strconv.ParseUint(s, base, bits)
				fmt.Print(i, err, u, uerr, ";")
			}
		}
		a, err := strconv.Atoi(s)
		fmt.Println(a, err)
	}
	_, err := strconv.Atoi("x")
	ne, ok := err.(*strconv.NumError)
	fmt.Println(ok, errors.Is(err, strconv.ErrSyntax), ne.Func, ne.Num, strconv.IntSize)
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "yes", "tRUE", ""} {
		b, err := strconv.ParseBool(s)
		fmt.Println(b, err)
	}
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false), string(strconv.AppendBool([]byte("b:"), true)))
}

func catch(f func()) {
	defer func() { fmt.Println("panic:", recover()) }()
	f()
}

func testQuote(r *rand.Rand) {
	alphabet := []string{"a", "\"", "'", "`", "\\", "\n", "\t", "\x00", "\x7f", "é", "日", "\xff", "\u00a0", "\u2028", "\U0001F600",
		"\ufeff", "\u0300", "\r", "\a", "\x1b", "\U000E0001", " "}
	for i := 0; i < 400; i++ {
		s := ""
		for n := r.Intn(6); n > 0; n-- {
			s += alphabet[r.Intn(len(alphabet))]
		}
		q := strconv.Quote(s)
		u, err := strconv.Unquote(q)
		fmt.Println(q, strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s), strconv.CanBackquote(s), u == s, err)
		for _, lit := range []string{s, "\"" + s + "\"", "'" + s + "'", "`" + s + "`"} {
			u, err := strconv.Unquote(lit)
			p, perr := strconv.QuotedPrefix(lit + "tail")
			fmt.Printf("%q %v %q %v; ", u, err, p, perr)
		}
		fmt.Println()
	}
	runes := []rune{-1, 0, 'a', '\'', '"', '\\', '\n', 0x7f, 0xa0, 0xad, 0x300, 0xd800, 0xfffd, 0xffff, 0x10000, 0x1f600, 0x10ffff, 0x110000, 0xe0001}
	for i := 0; i < 300; i++ {
		runes = append(runes, rune(r.Intn(0x30000)))
	}
	for _, c := range runes {
		fmt.Println(strconv.QuoteRune(c), strconv.QuoteRuneToASCII(c), strconv.QuoteRuneToGraphic(c), strconv.IsPrint(c), strconv.IsGraphic(c),
			string(strconv.AppendQuoteRune(nil, c)), string(strconv.AppendQuoteRuneToASCII(nil, c)), string(strconv.AppendQuoteRuneToGraphic(nil, c)))
	}
	fmt.Println(string(strconv.AppendQuote([]byte("q:"), "x\ny")), string(strconv.AppendQuoteToASCII(nil, "日")), string(strconv.AppendQuoteToGraphic(nil, "\u00a0")))
	for _, s := range []string{`\x41`, `\u00e9`, `\U0001F600`, `\101`, `\400`, `\8`, `\xg0`, `\uD800`, `\'`, `\"`, `'`, `"`, `\q`, `é`, "\xff", `\`, ``, `\a\b`, `\x`, `\u12`} {
		for _, q := range []byte{'"', '\'', '`', 0} {
			v, mb, tail, err := strconv.UnquoteChar(s, q)
			fmt.Printf("%q %c: %d %v %q %v\n", s, q, v, mb, tail, err)
		}
	}
	for _, s := range []string{`''`, `'ab'`, `'\x41'`, `'\377'`, `"\377"`, `'\u00e9'`, "'\xff'", "\"\xff\"", "`a\rb`", "`\xff`", `"a`, `"`, "\"\n\"", `"\n"`, "'\n'", `x`, "``", `'''`, `'"'`, `"'"`, `"\'"`, `'\"'`} {
		u, err := strconv.Unquote(s)
		p, perr := strconv.QuotedPrefix(s)
		fmt.Printf("%q %q %v %q %v\n", s, u, err, p, perr)
	}
	catch(func() { strconv.FormatInt(1, 1) })
	catch(func() { strconv.FormatFloat(1, 'g', -1, 16) })
}

func main() {
	r := rand.New(rand.NewSource(4))
	testFormatFloat(r)
	testParseFloat(r)
	testInts(r)
	testQuote(r)
}
