package dev.jgo.types.constant;

import dev.jgo.syntax.Token;
import dev.jgo.types.constant.Value.BigFloat;
import dev.jgo.types.constant.Value.Int;
import dev.jgo.types.constant.Value.Rat;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * FLOAT values: exact rationals while their parts stay below {@link #MAX_RAT_BITS} bits (gc's
 * limit too), 160-digit decimals beyond that. The decimal range is bounded like gc's binary
 * floats (32-bit exponents): larger magnitudes are UNKNOWN, smaller ones are zero, so that no
 * value, however written, costs more than a few hundred digits of work.
 */
final class Floats {
    private Floats() {}

    /** Bits allowed in a rational's numerator and denominator (gc's go/constant uses 4096). */
    static final int MAX_RAT_BITS = 4096;

    /** 160 significant decimal digits: more than the 512 bits gc keeps for inexact floats. */
    static final MathContext MC = new MathContext(160, RoundingMode.HALF_EVEN);

    /** Largest decimal exponent kept, about 2^31 in binary like gc's big.Float exponents. */
    static final long MAX_DECIMAL_EXP = 646_456_993;

    /** Beyond this scale a decimal is never a small rational: 10^1300 has more than 4096 bits. */
    private static final int MAX_RAT_SCALE = 1300;

    /** Decimal digits of the largest integer a FLOAT converts to: 10^1233 ≈ 2^4096. */
    private static final int MAX_INT_DIGITS = 1233;

    static final Rat ZERO = new Rat(BigInteger.ZERO, BigInteger.ONE);

    /** The FLOAT num/den (den nonzero), as a Rat when small enough, else a BigFloat. */
    static Value rat(BigInteger num, BigInteger den) {
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        BigInteger g = num.gcd(den);
        if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
            num = num.divide(g);
            den = den.divide(g);
        }
        if (num.signum() == 0) return ZERO;
        if (num.bitLength() < MAX_RAT_BITS && den.bitLength() < MAX_RAT_BITS) return new Rat(num, den);
        return big(new BigDecimal(num).divide(new BigDecimal(den), MC));
    }

    /** An inexact FLOAT, rounded to {@link #MC}; UNKNOWN beyond the exponent range, 0 below it. */
    static Value big(BigDecimal x) {
        if (x.signum() == 0) return ZERO;
        BigDecimal r = x.round(MC).stripTrailingZeros();
        long exp = decimalExponent(r);
        if (exp > MAX_DECIMAL_EXP) return Constant.unknown();
        if (exp < -MAX_DECIMAL_EXP) return ZERO;
        return new BigFloat(r);
    }

    /** The exact decimal x: a Rat when it is small enough, a rounded BigFloat otherwise. */
    static Value exactDecimal(BigDecimal x) {
        if (x.signum() == 0) return ZERO;
        x = x.stripTrailingZeros();
        if (Math.abs(x.scale()) > MAX_RAT_SCALE) return big(x);
        return x.scale() >= 0
                ? rat(x.unscaledValue(), BigInteger.TEN.pow(x.scale()))
                : rat(x.unscaledValue().multiply(BigInteger.TEN.pow(-x.scale())), BigInteger.ONE);
    }

    /** m·2^exp as a FLOAT: UNKNOWN beyond a 32-bit binary exponent (as in gc), 0 below it. */
    static Value timesPowerOfTwo(BigInteger m, long exp) {
        if (m.signum() == 0) return ZERO;
        long magnitude = m.bitLength() + exp;
        if (magnitude > Integer.MAX_VALUE) return Constant.unknown();
        if (magnitude < Integer.MIN_VALUE) return ZERO;
        if (Math.abs(exp) < 2 * MAX_RAT_BITS) {
            return exp >= 0 ? rat(m.shiftLeft((int) exp), BigInteger.ONE) : rat(m, BigInteger.ONE.shiftLeft((int) -exp));
        }
        return big(new BigDecimal(m).multiply(powerOfTwo(exp), MC));
    }

    /** 2^e rounded to {@link #MC}, by squaring where e is beyond what BigDecimal.pow takes. */
    private static BigDecimal powerOfTwo(long e) {
        if (Math.abs(e) <= 999_999_999) return BigDecimal.TWO.pow((int) e, MC);
        BigDecimal half = powerOfTwo(e / 2);
        return half.multiply(half, MC).multiply(powerOfTwo(e % 2), MC);
    }

    /** e such that 10^e ≤ |x| &lt; 10^(e+1), for nonzero x. */
    static long decimalExponent(BigDecimal x) {
        return (long) x.precision() - x.scale() - 1;
    }

    /** An INT or FLOAT as a FLOAT. */
    static Value of(Value x) {
        return x instanceof Int i ? rat(i.value(), BigInteger.ONE) : x;
    }

    /** An INT or FLOAT as a decimal, rounded to {@link #MC} when inexact. */
    static BigDecimal decimal(Value x) {
        return switch (x) {
            case Int i -> new BigDecimal(i.value()).round(MC);
            case Rat r -> new BigDecimal(r.num()).divide(new BigDecimal(r.den()), MC);
            case BigFloat b -> b.value();
            default -> throw new IllegalArgumentException("not a number: " + x);
        };
    }

    /** x op y for ADD, SUB, MUL and QUO of two FLOATs; UNKNOWN for a division by zero. */
    static Value arith(Value x, Token op, Value y) {
        if (op == Token.QUO && sign(y) == 0) return Constant.unknown();
        if (x instanceof Rat a && y instanceof Rat b) {
            return switch (op) {
                case ADD -> rat(a.num().multiply(b.den()).add(b.num().multiply(a.den())), a.den().multiply(b.den()));
                case SUB -> rat(a.num().multiply(b.den()).subtract(b.num().multiply(a.den())), a.den().multiply(b.den()));
                case MUL -> rat(a.num().multiply(b.num()), a.den().multiply(b.den()));
                case QUO -> rat(a.num().multiply(b.den()), a.den().multiply(b.num()));
                default -> throw Constant.invalid(x, op, y);
            };
        }
        BigDecimal a = decimal(x), b = decimal(y);
        return switch (op) {
            case ADD -> big(a.add(b, MC));
            case SUB -> big(a.subtract(b, MC));
            case MUL -> big(a.multiply(b, MC));
            case QUO -> big(a.divide(b, MC));
            default -> throw Constant.invalid(x, op, y);
        };
    }

    static int sign(Value x) {
        return switch (x) {
            case Int i -> i.value().signum();
            case Rat r -> r.num().signum();
            case BigFloat b -> b.value().signum();
            default -> throw new IllegalArgumentException("not a number: " + x);
        };
    }

    /** -1, 0 or 1 as x is less than, equal to or greater than y (INT or FLOAT each). */
    static int compare(Value x, Value y) {
        if (x instanceof Int a && y instanceof Int b) return a.value().compareTo(b.value());
        x = of(x);
        y = of(y);
        if (x instanceof Rat a && y instanceof Rat b) {
            return a.num().multiply(b.den()).compareTo(b.num().multiply(a.den()));
        }
        return decimal(x).compareTo(decimal(y));
    }

    /** x as an INT if it is integral (allowing for the rounding of a BigFloat); else UNKNOWN. */
    static Value toInt(Value x) {
        return switch (x) {
            case Int i -> i;
            case Rat r -> r.den().equals(BigInteger.ONE) ? new Int(r.num()) : Constant.unknown();
            case BigFloat b -> {
                // A BigFloat is rounded: one that is integral but for its last few digits is
                // taken to be the integer (gc allows the same few bits of slack).
                BigDecimal v = b.value();
                if (decimalExponent(v) >= MAX_INT_DIGITS) yield Constant.unknown();
                if (v.scale() > 0) v = v.round(new MathContext(MC.getPrecision() - 4, RoundingMode.HALF_EVEN));
                yield v.stripTrailingZeros().scale() <= 0 ? new Int(v.toBigIntegerExact()) : Constant.unknown();
            }
            default -> throw new IllegalArgumentException("not a number: " + x);
        };
    }

    /** The binary format nearest to x; used for float64 and float32. */
    static double toBinary(Value x, Ieee format) {
        return switch (x) {
            case Int i -> format.round(i.value(), BigInteger.ONE);
            case Rat r -> format.round(r.num(), r.den());
            case BigFloat b -> {
                BigDecimal v = b.value();
                long exp = decimalExponent(v);
                // Far outside both formats' ranges (float64 spans 10^-324..10^308): no need to
                // build the exact fraction.
                if (exp > 400) yield v.signum() * Double.POSITIVE_INFINITY;
                if (exp < -400) yield v.signum() < 0 ? -0.0 : 0.0;
                yield v.scale() >= 0
                        ? format.round(v.unscaledValue(), BigInteger.TEN.pow(v.scale()))
                        : format.round(v.unscaledValue().multiply(BigInteger.TEN.pow(-v.scale())), BigInteger.ONE);
            }
            default -> throw new IllegalArgumentException("not a number: " + x);
        };
    }
}
