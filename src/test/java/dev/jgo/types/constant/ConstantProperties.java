package dev.jgo.types.constant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jgo.syntax.Token;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Algebraic laws of exact arithmetic, and round trips through literals, doubles and quoting. */
class ConstantProperties {
    private static final Value ONE = Constant.makeInt64(1);

    @Provide
    Arbitrary<Value> rationals() {
        Arbitrary<BigInteger> nums = Arbitraries.bigIntegers().between(BigInteger.TWO.pow(200).negate(), BigInteger.TWO.pow(200));
        Arbitrary<BigInteger> dens = Arbitraries.bigIntegers().between(BigInteger.ONE, BigInteger.TWO.pow(100));
        return Combinators.combine(nums, dens).as((n, d) -> Constant.binaryOp(Constant.makeInt(n), Token.QUO, Constant.makeInt(d)));
    }

    @Provide
    Arbitrary<Value> integers() {
        return Arbitraries.bigIntegers().between(BigInteger.TWO.pow(300).negate(), BigInteger.TWO.pow(300)).map(Constant::makeInt);
    }

    private static Value op(Value x, Token op, Value y) {
        return Constant.binaryOp(x, op, y);
    }

    private static boolean eq(Value x, Value y) {
        return Constant.compare(x, Token.EQL, y);
    }

    @Property
    void additionAndMultiplicationAreCommutativeAndAssociative(
            @ForAll("rationals") Value a, @ForAll("rationals") Value b, @ForAll("rationals") Value c) {
        assertTrue(eq(op(a, Token.ADD, b), op(b, Token.ADD, a)));
        assertTrue(eq(op(a, Token.MUL, b), op(b, Token.MUL, a)));
        assertTrue(eq(op(op(a, Token.ADD, b), Token.ADD, c), op(a, Token.ADD, op(b, Token.ADD, c))));
        assertTrue(eq(op(op(a, Token.MUL, b), Token.MUL, c), op(a, Token.MUL, op(b, Token.MUL, c))));
    }

    @Property
    void multiplicationDistributesAndDivisionUndoesIt(
            @ForAll("rationals") Value a, @ForAll("rationals") Value b, @ForAll("rationals") Value c) {
        assertTrue(eq(op(a, Token.MUL, op(b, Token.ADD, c)), op(op(a, Token.MUL, b), Token.ADD, op(a, Token.MUL, c))));
        Assume.that(Constant.sign(b) != 0);
        assertEquals(a, op(op(a, Token.QUO, b), Token.MUL, b), "canonical forms make equal values equal");
        assertTrue(eq(op(op(a, Token.SUB, b), Token.ADD, b), a));
    }

    @Property
    void comparisonAgreesWithTheSignOfTheDifference(@ForAll("rationals") Value a, @ForAll("integers") Value b) {
        int s = Constant.sign(op(a, Token.SUB, b));
        assertEquals(s < 0, Constant.compare(a, Token.LSS, b));
        assertEquals(s == 0, Constant.compare(a, Token.EQL, b));
        assertEquals(s > 0, Constant.compare(a, Token.GTR, b));
    }

    @Property
    void integerDivisionAndRemainderRecombine(@ForAll("integers") Value a, @ForAll("integers") Value b) {
        Assume.that(Constant.sign(b) != 0);
        Value q = op(a, Token.QUO_ASSIGN, b), r = op(a, Token.REM, b);
        assertEquals(a, op(op(q, Token.MUL, b), Token.ADD, r));
        assertTrue(Constant.sign(r) == 0 || Constant.sign(r) == Constant.sign(a), "remainder has the dividend's sign");
    }

    @Property
    void shiftsMultiplyAndFloorDivide(@ForAll("integers") Value a, @ForAll @IntRange(max = 200) int s) {
        Value p = Constant.shift(ONE, Token.SHL, s);
        assertEquals(op(a, Token.MUL, p), Constant.shift(a, Token.SHL, s));
        assertEquals(a, Constant.shift(Constant.shift(a, Token.SHL, s), Token.SHR, s));
        BigInteger[] qr = Constant.intVal(a).divideAndRemainder(Constant.intVal(p));
        BigInteger floor = qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
        assertEquals(Constant.makeInt(floor), Constant.shift(a, Token.SHR, s));
    }

    @Property
    void integersSurviveTheTripThroughFloat(@ForAll("integers") Value a) {
        assertEquals(a, Constant.toInt(Constant.toFloat(a)));
    }

    @Property
    void doublesRoundTrip(@ForAll double d) {
        Assume.that(Double.isFinite(d));
        Value v = Constant.makeFloat64(d);
        assertEquals(d == 0 ? 0.0 : d, Constant.float64Val(v));
        assertEquals((float) d, Constant.float32Val(v), "a double is exact, so rounding it to float is Java's cast");
    }

    @Property
    void floatsRoundTrip(@ForAll float f) {
        Assume.that(Float.isFinite(f));
        assertEquals(f == 0 ? 0.0f : f, Constant.float32Val(Constant.makeFloat64(f)));
    }

    /** Java's parsers round correctly, so they are an oracle for decimal literals. */
    @Property
    void decimalLiteralsRoundLikeJavasCorrectParsers(
            @ForAll @IntRange(min = 1, max = 30) int digits, @ForAll @IntRange(min = -360, max = 330) int exp,
            @ForAll("digitStrings") String mantissa) {
        String lit = mantissa.substring(0, Math.min(digits, mantissa.length())) + "e" + exp;
        Value v = Constant.makeFromLiteral(lit, Token.FLOAT);
        assertEquals(Double.parseDouble(lit), Constant.float64Val(v), lit);
        assertEquals(Float.parseFloat(lit), Constant.float32Val(v), lit);
    }

    @Provide
    Arbitrary<String> digitStrings() {
        return Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(30);
    }

    @Property
    void integerLiteralsInEveryBaseParseBack(@ForAll("integers") Value a, @ForAll @IntRange(min = 0, max = 4) int form) {
        BigInteger v = Constant.intVal(a).abs();
        String lit = switch (form) {
            case 0 -> v.toString();
            case 1 -> "0x" + v.toString(16);
            case 2 -> "0b" + v.toString(2);
            case 3 -> "0o" + v.toString(8);
            default -> "0" + v.toString(8);
        };
        String separated = lit.length() > 3 ? lit.substring(0, lit.length() - 1) + "_" + lit.charAt(lit.length() - 1) : lit;
        assertEquals(Constant.makeInt(v), Constant.makeFromLiteral(separated, Token.INT), separated);
    }

    /** Quoting any byte string (the exact form) gives a literal that reads back as the same bytes. */
    @Property
    void quotedStringsReadBack(@ForAll("byteStrings") String bytes) {
        Value s = Constant.makeString(bytes);
        assertEquals(s, Constant.makeFromLiteral(s.exactString(), Token.STRING));
    }

    @Provide
    Arbitrary<String> byteStrings() {
        Arbitrary<String> raw = Arbitraries.strings().withCharRange('\0', '\u00ff').ofMaxLength(40);
        Arbitrary<String> text = Arbitraries.strings().all().ofMaxLength(20).map(Utf8::encode);
        return Arbitraries.oneOf(raw, text);
    }
}
