package dev.jgo.types.constant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jgo.syntax.Token;
import java.math.BigInteger;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Arithmetic, conversions, rounding and printing of constants, with gc's results as expectations. */
class ConstantTest {
    private static Value f(String literal) {
        return Constant.makeFromLiteral(literal, Token.FLOAT);
    }

    private static Value neg(Value x) {
        return Constant.unaryOp(Token.SUB, x, 0);
    }

    private static Value i(long x) {
        return Constant.makeInt64(x);
    }

    private static Value pow2(int n) {
        return Constant.shift(i(1), Token.SHL, n);
    }

    // ---- exactness ----

    @Test
    void integerQuotientsOfHugeNumbersAreExact() {
        assertEquals(i(2), Constant.binaryOp(pow2(1000), Token.QUO_ASSIGN, pow2(999)));
        Value q = Constant.binaryOp(pow2(1000), Token.QUO, pow2(999));
        assertEquals(Kind.FLOAT, q.kind(), "QUO of two INTs is exact division");
        assertEquals(i(2), Constant.toInt(q));
    }

    @Test
    void decimalFractionsAddExactly() {
        Value sum = Constant.binaryOp(f("0.1"), Token.ADD, f("0.2"));
        assertTrue(Constant.compare(sum, Token.EQL, f("0.3")));
        assertEquals("3/10", sum.exactString());
        Value third = Constant.binaryOp(i(1), Token.QUO, i(3));
        assertEquals(i(1), Constant.toInt(Constant.binaryOp(third, Token.MUL, i(3))));
    }

    @Test
    void integerDivisionAndRemainderTruncate() {
        assertEquals(i(-3), Constant.binaryOp(i(-7), Token.QUO_ASSIGN, i(2)));
        assertEquals(i(-1), Constant.binaryOp(i(-7), Token.REM, i(2)));
        assertEquals(i(1), Constant.binaryOp(i(7), Token.REM, i(-2)));
        assertEquals(Kind.UNKNOWN, Constant.binaryOp(i(7), Token.REM, i(0)).kind());
        assertEquals(Kind.UNKNOWN, Constant.binaryOp(f("1.5"), Token.QUO, f("0.0")).kind());
    }

    @Test
    void bitOperationsUseInfiniteTwosComplement() {
        assertEquals(i(-6), Constant.unaryOp(Token.XOR, i(5), 0));
        assertEquals(i(250), Constant.unaryOp(Token.XOR, i(5), 8), "^uint8(5)");
        assertEquals(Constant.makeUint64(-1L), Constant.unaryOp(Token.XOR, i(0), 64));
        assertEquals(i(-8 & 12), Constant.binaryOp(i(-8), Token.AND, i(12)));
        assertEquals(i(12 & ~5), Constant.binaryOp(i(12), Token.AND_NOT, i(5)));
        assertEquals(i(-3), Constant.shift(i(-5), Token.SHR, 1), ">> rounds toward -infinity");
        assertEquals(i(-1), Constant.shift(i(-5), Token.SHR, 1L << 40));
        assertEquals(i(0), Constant.shift(i(0), Token.SHL, 1L << 40));
    }

    @Test
    void mixedKindsMatchToTheLargerKind() {
        Value sum = Constant.binaryOp(i(1), Token.ADD, f("0.5"));
        assertEquals(Kind.FLOAT, sum.kind());
        Value c = Constant.binaryOp(f("1.5"), Token.ADD, Constant.makeFromLiteral("2i", Token.IMAG));
        assertEquals("(1.5 + 2i)", c.toString());
        Value sq = Constant.binaryOp(Constant.makeFromLiteral("1i", Token.IMAG), Token.MUL, Constant.makeFromLiteral("1i", Token.IMAG));
        assertEquals("(-1 + 0i)", sq.toString());
        Value q = Constant.binaryOp(Constant.makeComplex(i(1), i(2)), Token.QUO, Constant.makeComplex(i(3), i(4)));
        assertEquals("(11/25 + 2/25i)", q.exactString());
        assertTrue(Constant.compare(Constant.makeComplex(i(1), i(0)), Token.EQL, f("1.0")));
    }

    @Test
    void booleansAndStrings() {
        assertEquals(Constant.makeBool(false), Constant.binaryOp(Constant.makeBool(true), Token.LAND, Constant.makeBool(false)));
        assertEquals(Constant.makeBool(true), Constant.binaryOp(Constant.makeBool(true), Token.LOR, Constant.makeBool(false)));
        assertEquals(Constant.makeBool(false), Constant.unaryOp(Token.NOT, Constant.makeBool(true), 0));
        Value ab = Constant.binaryOp(Constant.makeString("a\u00ff"), Token.ADD, Constant.makeStringFromText("é"));
        assertEquals(4, Constant.stringVal(ab).length());
        assertTrue(Constant.compare(Constant.makeString("\u00ff"), Token.GTR, Constant.makeStringFromText("é")),
                "0xff > 0xc3: strings compare bytewise");
        assertTrue(Constant.compare(Constant.makeString("ab"), Token.LSS, Constant.makeString("b")));
        assertThrows(IllegalArgumentException.class, () -> Constant.makeString("世"));
    }

    @Test
    void stringOfRune() {
        assertEquals("\u00e4\u00b8\u0096", Constant.stringVal(Constant.makeStringFromRune(i(0x4e16))));
        assertEquals("\u00ef\u00bf\u00bd", Constant.stringVal(Constant.makeStringFromRune(i(-1))), "invalid: U+FFFD");
        assertEquals("\u00ef\u00bf\u00bd", Constant.stringVal(Constant.makeStringFromRune(i(0xD800))));
        assertEquals("\u00ef\u00bf\u00bd", Constant.stringVal(Constant.makeStringFromRune(pow2(80))));
    }

    @Test
    void unknownPropagates() {
        Value u = Constant.unknown();
        assertEquals(u, Constant.binaryOp(u, Token.ADD, i(1)));
        assertEquals(u, Constant.binaryOp(i(1), Token.MUL, u));
        assertEquals(u, Constant.unaryOp(Token.SUB, u, 0));
        assertEquals(u, Constant.shift(u, Token.SHL, 3));
        assertFalse(Constant.compare(u, Token.EQL, u));
        assertEquals(1, Constant.sign(u));
        assertEquals(0, Constant.int64Val(u));
    }

    @Test
    void invalidOperationsAreCallerBugs() {
        assertThrows(IllegalArgumentException.class, () -> Constant.binaryOp(Constant.makeBool(true), Token.ADD, i(1)));
        assertThrows(IllegalArgumentException.class, () -> Constant.binaryOp(f("1.5"), Token.REM, i(1)));
        assertThrows(IllegalArgumentException.class, () -> Constant.compare(Constant.makeComplex(i(1), i(1)), Token.LSS, i(1)));
        assertThrows(IllegalArgumentException.class, () -> Constant.int64Val(pow2(63)));
        assertThrows(IllegalArgumentException.class, () -> Constant.unaryOp(Token.XOR, f("1.5"), 0));
    }

    // ---- accessors and conversions ----

    @Test
    void integerAccessors() {
        assertEquals(Long.MIN_VALUE, Constant.int64Val(neg(pow2(63))));
        assertEquals(-1L, Constant.uint64Val(Constant.makeUint64(-1L)));
        assertEquals(new BigInteger("18446744073709551615"), Constant.intVal(Constant.makeUint64(-1L)));
        assertTrue(Constant.fitsInt(i(127), 8, true));
        assertFalse(Constant.fitsInt(i(128), 8, true));
        assertTrue(Constant.fitsInt(i(-128), 8, true));
        assertFalse(Constant.fitsInt(i(-129), 8, true));
        assertTrue(Constant.fitsInt(i(255), 8, false));
        assertFalse(Constant.fitsInt(i(256), 8, false));
        assertFalse(Constant.fitsInt(i(-1), 64, false));
        assertEquals(101, Constant.bitLen(pow2(100)));
        assertEquals(101, Constant.bitLen(neg(pow2(100))));
    }

    @Test
    void conversionsBetweenKinds() {
        assertEquals(i(3), Constant.toInt(f("3.0")));
        assertEquals(Kind.UNKNOWN, Constant.toInt(f("3.5")).kind());
        assertEquals(i(100), Constant.toInt(f("1e2")));
        assertEquals(Kind.INT, Constant.toInt(f("1e1000")).kind());
        assertEquals(Kind.UNKNOWN, Constant.toInt(f("1e2000")).kind(), "too large to convert, as in gc");
        assertEquals(i(2), Constant.toInt(Constant.makeComplex(f("2.0"), i(0))));
        assertEquals(Kind.UNKNOWN, Constant.toInt(Constant.makeComplex(i(2), i(1))).kind());
        assertEquals(Kind.FLOAT, Constant.toFloat(i(2)).kind());
        assertEquals(Kind.UNKNOWN, Constant.toFloat(Constant.makeString("x")).kind());
        assertEquals(Kind.COMPLEX, Constant.toComplex(f("0.5")).kind());
        assertEquals(i(0), Constant.imag(f("0.5")));
        assertEquals(f("0.5"), Constant.real(f("0.5")));
        assertEquals(0, Constant.sign(Constant.makeComplex(i(0), f("0.0"))));
        assertEquals(1, Constant.sign(Constant.makeComplex(i(0), i(-1))));
    }

    @Test
    void roundedBigFloatsCloseToAnIntegerAreThatInteger() {
        // 1e1500 is kept to 160 digits, so 1e1500/3*3 is 0.999…e1500 in its last digit.
        Value big = f("1e1500");
        Value back = Constant.binaryOp(Constant.binaryOp(big, Token.QUO, i(3)), Token.MUL, i(3));
        Value ratio = Constant.binaryOp(back, Token.QUO, Constant.binaryOp(big, Token.QUO, i(1000)));
        assertEquals(i(1000), Constant.toInt(ratio));
    }

    // ---- float rounding ----

    @Test
    void float64AndFloat32RoundToNearestEven() {
        assertEquals(0.1, Constant.float64Val(f("0.1")));
        assertEquals(0.1f, Constant.float32Val(f("0.1")));
        assertEquals(Double.MAX_VALUE, Constant.float64Val(f("0x1.fffffffffffffp1023")));
        assertEquals(Double.MIN_VALUE, Constant.float64Val(f("0x1p-1074")));
        assertEquals(Double.MIN_VALUE, Constant.float64Val(f("0x1.0000001p-1075")), "above half the smallest subnormal");
        assertEquals(0.0, Constant.float64Val(f("0x1p-1075")), "a tie rounds to even: 0");
        assertEquals(-0.0, Constant.float64Val(neg(f("0x1p-1080"))));
        assertEquals(Double.POSITIVE_INFINITY, Constant.float64Val(f("1e309")));
        assertEquals(Double.NEGATIVE_INFINITY, Constant.float64Val(neg(f("1e100000"))));
        assertEquals(9007199254740992.0, Constant.float64Val(Constant.makeFromLiteral("9007199254740993", Token.INT)));
        assertEquals(9007199254740996.0, Constant.float64Val(Constant.makeFromLiteral("9007199254740995", Token.INT)));
        // Straight to float32, not through float64: 1 + 2^-24 + 2^-60 rounds up in float32.
        Value x = Constant.binaryOp(f("0x1.000001p0"), Token.ADD, f("0x1p-60"));
        assertEquals(Math.nextUp(1.0f), Constant.float32Val(x));
        assertEquals(1.0f, (float) Constant.float64Val(x), "double rounding would give 1");
    }

    @Test
    void roundFloatRejectsOnlyOverflow() {
        Value max32Half = Constant.makeFromLiteral("340282356779733661637539395458142568448.0", Token.FLOAT);
        assertEquals(Kind.UNKNOWN, Constant.roundFloat(max32Half, 32).kind(), "the tie with 2^128 overflows (gc agrees)");
        Value below = Constant.binaryOp(max32Half, Token.SUB, i(1));
        assertEquals((double) Float.MAX_VALUE, Constant.float64Val(Constant.roundFloat(below, 32)));
        assertEquals(Kind.UNKNOWN, Constant.roundFloat(f("0x1.fffffffffffff8p1023"), 64).kind());
        assertEquals(Double.MAX_VALUE, Constant.float64Val(Constant.roundFloat(f("0x1.fffffffffffff7p1023"), 64)));
        assertEquals(Constant.makeFloat64(0), Constant.roundFloat(f("1e-50"), 32), "underflow is representable as 0");
        assertEquals(Constant.makeFloat64(0), Constant.roundFloat(neg(f("1e-500")), 64), "-0 becomes 0");
        assertEquals("13421773/134217728", Constant.roundFloat(f("0.1"), 32).exactString());
        assertEquals(Kind.UNKNOWN, Constant.roundFloat(Constant.makeComplex(i(1), f("1e39")), 32).kind());
        assertEquals(Kind.COMPLEX, Constant.roundFloat(Constant.makeComplex(i(1), f("1e38")), 32).kind());
    }

    @Test
    void makeFloat64IsExact() {
        assertEquals("3602879701896397/36028797018963968", Constant.makeFloat64(0.1).exactString());
        assertEquals(Kind.UNKNOWN, Constant.makeFloat64(Double.NaN).kind());
        assertEquals(Kind.UNKNOWN, Constant.makeFloat64(Double.NEGATIVE_INFINITY).kind());
        assertEquals(Constant.makeFloat64(0.0), Constant.makeFloat64(-0.0));
        assertEquals(Double.MIN_VALUE, Constant.float64Val(Constant.makeFloat64(Double.MIN_VALUE)));
    }

    // ---- printing (gc's messages, from go tool compile) ----

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "123456.5 | 123456", "1234565.0 | 1.23456e+06", "1.5e400 | 1.5e+400", "1e1000000 | 1e+1000000",
        "0x1p-1074 | 4.94066e-324", "0.0 | 0", "2.5e-5 | 2.5e-05", "100000.0 | 100000", "999999.5 | 1e+06",
        "1e21 | 1e+21", "0.000123456789 | 0.000123457", "0.1 | 0.1", "3.14159265 | 3.14159", "1e-400 | 1e-400",
    })
    void floatsPrintLikeGc(String literal, String printed) {
        assertEquals(printed, f(literal).toString());
        assertEquals(printed.equals("0") ? "0" : "-" + printed, neg(f(literal)).toString());
    }

    @Test
    void valuesPrintLikeGc() {
        assertEquals("1267650600228229401496703205376", pow2(100).toString());
        assertEquals("(1 + -1i)", Constant.binaryOp(i(1), Token.SUB, Constant.makeFromLiteral("1i", Token.IMAG)).toString());
        assertEquals("\"é\\u200b\\x7f😀\\ufeff\"",
                Constant.makeFromLiteral("\"\\u00e9\\u200b\\x7f\\U0001F600\\ufeff\"", Token.STRING).toString());
        String digits71 = "01234567890123456789012345678901234567890123456789012345678901234567890";
        assertEquals("\"" + digits71.substring(0, 68) + "...", Constant.makeString(digits71).toString());
        assertEquals("\"" + digits71.substring(0, 70) + "\"", Constant.makeString(digits71.substring(0, 70)).toString());
        assertEquals("\"" + digits71 + "\"", Constant.makeString(digits71).exactString());
        assertEquals("\"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\\x00\\xff\"", Constant.makeString("\7\b\f\n\r\t\13\\\"\0\u00ff").toString());
        assertEquals("true", Constant.makeBool(true).toString());
        assertEquals("unknown", Constant.unknown().toString());
    }

    // ---- work stays bounded ----

    @Test
    void hugeExponentsStayCheap() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertEquals(Kind.UNKNOWN, f("1e1000000000").kind(), "gc: malformed constant");
            assertEquals(Kind.UNKNOWN, f("0x1p10000000000").kind());
            assertEquals(f("0"), f("1e-1000000000"));
            Value big = f("1e600000000");
            assertInstanceOf(Value.BigFloat.class, big);
            assertEquals(Kind.UNKNOWN, Constant.binaryOp(big, Token.MUL, big).kind(), "overflow beyond gc's range");
            Value tiny = Constant.binaryOp(i(1), Token.QUO, big);
            assertEquals(f("0"), Constant.binaryOp(tiny, Token.MUL, tiny), "underflow below gc's range");
            Value sum = Constant.binaryOp(big, Token.ADD, i(1));
            assertTrue(Constant.compare(sum, Token.EQL, big));
            assertTrue(Constant.compare(big, Token.GTR, pow2(65000)));
            assertEquals(Kind.UNKNOWN, pow2(70000).kind(), "shifts stop at 2^16 bits");
            assertEquals(Kind.UNKNOWN, Constant.toInt(big).kind());
            assertEquals("1e+600000000", big.toString());
            assertEquals(Double.POSITIVE_INFINITY, Constant.float64Val(big));
            assertEquals(Kind.UNKNOWN, Constant.shift(i(1), Token.SHL, 1L << 40).kind());
            Value h = Constant.makeFromLiteral("0x1p1000000000", Token.FLOAT);
            assertEquals("4.61298e+301029995", h.toString());
            assertEquals(Kind.FLOAT, Constant.binaryOp(h, Token.QUO, f("1e301029995")).kind());
        });
    }
}
