package dev.jgo.types.constant;

import dev.jgo.syntax.Token;
import dev.jgo.types.constant.Value.BigFloat;
import dev.jgo.types.constant.Value.Bool;
import dev.jgo.types.constant.Value.Complex;
import dev.jgo.types.constant.Value.Int;
import dev.jgo.types.constant.Value.Rat;
import dev.jgo.types.constant.Value.Str;
import dev.jgo.types.constant.Value.Unknown;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * Operations on exact constant values, in the spirit of Go's go/constant package: the checker
 * computes every constant expression with these, then checks representability in its type.
 *
 * <p>Operations on an UNKNOWN operand give UNKNOWN (comparisons give false). An operation the
 * operands do not support (say, {@code true + 1}) is a bug in the caller and throws
 * IllegalArgumentException: the checker rules such expressions out before computing them.
 *
 * <p>Strings are byte strings: a Java String with one char (0..255) per byte; see
 * {@link Value.Str}.
 */
public final class Constant {
    private Constant() {}

    private static final Unknown UNKNOWN = new Unknown();
    private static final Int ZERO = new Int(BigInteger.ZERO);
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    /** SHL results longer than this are UNKNOWN: far beyond gc's 512-bit limit, and still cheap. */
    private static final long MAX_SHIFTED_BITS = 1 << 16;

    public static Value unknown() { return UNKNOWN; }

    public static Value makeBool(boolean b) { return new Bool(b); }

    /** A string from a byte string (each char 0..255 is one byte). */
    public static Value makeString(String bytes) {
        for (int i = 0; i < bytes.length(); i++) {
            if (bytes.charAt(i) > 0xFF) throw new IllegalArgumentException("not a byte string: char " + (int) bytes.charAt(i));
        }
        return new Str(bytes);
    }

    /** A string holding the UTF-8 encoding of Java text. */
    public static Value makeStringFromText(String text) { return new Str(Utf8.encode(text)); }

    /**
     * {@code string(x)} for an INT x: the UTF-8 encoding of the code point x, or of U+FFFD when x
     * is not a valid code point (as the Go spec says).
     */
    public static Value makeStringFromRune(Value x) {
        if (x instanceof Unknown) return x;
        BigInteger v = intVal(x);
        StringBuilder b = new StringBuilder(4);
        Utf8.encode(v.bitLength() < 32 ? v.longValue() : -1, b);
        return new Str(b.toString());
    }

    public static Value makeInt64(long x) { return new Int(BigInteger.valueOf(x)); }

    /** The INT of the unsigned 64-bit number whose bits are unsignedX. */
    public static Value makeUint64(long unsignedX) {
        BigInteger v = BigInteger.valueOf(unsignedX);
        return new Int(unsignedX < 0 ? v.add(TWO_64) : v);
    }

    public static Value makeInt(BigInteger x) { return new Int(x); }

    /** An exact float from a finite double; UNKNOWN for NaN or infinities. -0 becomes 0. */
    public static Value makeFloat64(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return UNKNOWN;
        return Floats.exactDecimal(new BigDecimal(x));
    }

    /** The FLOAT of an exact decimal (rounded to 160 digits if it is too large to keep exact). */
    public static Value makeFloat(BigDecimal x) { return Floats.exactDecimal(x); }

    /** x·i for an INT or FLOAT x. */
    public static Value makeImag(Value x) {
        return switch (x) {
            case Unknown u -> u;
            case Int i -> new Complex(ZERO, i);
            case Rat r -> new Complex(ZERO, r);
            case BigFloat f -> new Complex(ZERO, f);
            default -> throw new IllegalArgumentException("not a real number: " + x);
        };
    }

    /** {@code complex(re, im)} of two INT or FLOAT values. */
    public static Value makeComplex(Value re, Value im) {
        if (re instanceof Unknown || im instanceof Unknown) return UNKNOWN;
        if (!isReal(re) || !isReal(im)) throw new IllegalArgumentException("complex(" + re + ", " + im + ")");
        return new Complex(re, im);
    }

    /**
     * The value of a literal of kind INT, FLOAT, IMAG, CHAR or STRING, exactly as written in the
     * source (digit separators, prefixes, escapes); UNKNOWN when malformed, and for floats whose
     * exponent is beyond gc's range (about 10^±646456993): larger ones are UNKNOWN, smaller ones 0.
     * An IMAG gives a COMPLEX with INT real part 0 and a FLOAT imaginary part.
     */
    public static Value makeFromLiteral(String literal, Token kind) { return Literals.value(literal, kind); }

    /** The value of a BOOL; false for UNKNOWN. */
    public static boolean boolVal(Value x) {
        return switch (x) {
            case Bool b -> b.value();
            case Unknown u -> false;
            default -> throw new IllegalArgumentException("not a bool: " + x);
        };
    }

    /** The byte string of a STRING (one char per byte); "" for UNKNOWN. */
    public static String stringVal(Value x) {
        return switch (x) {
            case Str s -> s.bytes();
            case Unknown u -> "";
            default -> throw new IllegalArgumentException("not a string: " + x);
        };
    }

    /** The bytes of a STRING; empty for UNKNOWN. */
    public static byte[] stringBytes(Value x) { return stringVal(x).getBytes(StandardCharsets.ISO_8859_1); }

    /** x as a BigInteger; x must be INT. */
    public static BigInteger intVal(Value x) {
        if (x instanceof Int i) return i.value();
        throw new IllegalArgumentException("not an integer: " + x);
    }

    /**
     * Whether x, an INT, fits in an integer type of the given size: signed means
     * -2^(bits-1) ≤ x &lt; 2^(bits-1), unsigned means 0 ≤ x &lt; 2^bits.
     */
    public static boolean fitsInt(Value x, int bits, boolean signed) {
        BigInteger v = intVal(x);
        if (signed) return v.bitLength() < bits;
        return v.signum() >= 0 && v.bitLength() <= bits;
    }

    /**
     * x as a long; x must be an INT that fits in 64 signed bits ({@link #fitsInt}) — anything
     * else is the caller's bug and throws. UNKNOWN gives 0.
     */
    public static long int64Val(Value x) {
        if (x instanceof Unknown) return 0;
        if (!fitsInt(x, 64, true)) throw new IllegalArgumentException("not an int64: " + x);
        return intVal(x).longValue();
    }

    /**
     * The 64 bits of x, an INT that fits in 64 unsigned bits ({@link #fitsInt}); anything else
     * throws. UNKNOWN gives 0.
     */
    public static long uint64Val(Value x) {
        if (x instanceof Unknown) return 0;
        if (!fitsInt(x, 64, false)) throw new IllegalArgumentException("not a uint64: " + x);
        return intVal(x).longValue();
    }

    /**
     * x (an INT or FLOAT) rounded to the nearest double, ties to even: ±Infinity when it is too
     * large, a subnormal or ±0 when it is too small. UNKNOWN gives 0.
     */
    public static double float64Val(Value x) {
        return x instanceof Unknown ? 0 : Floats.toBinary(x, Ieee.FLOAT64);
    }

    /** As {@link #float64Val}, rounding directly to float (never through double). */
    public static float float32Val(Value x) {
        return x instanceof Unknown ? 0 : (float) Floats.toBinary(x, Ieee.FLOAT32);
    }

    /** The real part of a number (the number itself unless COMPLEX). */
    public static Value real(Value x) {
        return switch (x) {
            case Complex c -> c.re();
            case Unknown u -> u;
            default -> {
                if (!isReal(x)) throw new IllegalArgumentException("not a number: " + x);
                yield x;
            }
        };
    }

    /** The imaginary part of a number (INT 0 unless COMPLEX). */
    public static Value imag(Value x) {
        return switch (x) {
            case Complex c -> c.im();
            case Unknown u -> u;
            default -> {
                if (!isReal(x)) throw new IllegalArgumentException("not a number: " + x);
                yield ZERO;
            }
        };
    }

    /**
     * -1, 0 or 1; for COMPLEX, 0 when zero and 1 otherwise. UNKNOWN gives 1, so that it never
     * looks like a zero divisor.
     */
    public static int sign(Value x) {
        return switch (x) {
            case Unknown u -> 1;
            case Complex c -> Floats.sign(c.re()) == 0 && Floats.sign(c.im()) == 0 ? 0 : 1;
            default -> Floats.sign(x);
        };
    }

    /** The number of bits needed for |x| of an INT; 0 for UNKNOWN. */
    public static int bitLen(Value x) {
        return x instanceof Unknown ? 0 : intVal(x).abs().bitLength();
    }

    /**
     * x as an INT if it is an integral INT or FLOAT (or COMPLEX with zero imaginary part); else
     * UNKNOWN. A rounded (BigFloat) value within a few digits of an integer counts as that integer,
     * as in gc; FLOATs beyond 10^1233 (2^4096) are not converted.
     */
    public static Value toInt(Value x) {
        return switch (x) {
            case Int i -> i;
            case Rat r -> Floats.toInt(r);
            case BigFloat f -> Floats.toInt(f);
            case Complex c -> Floats.sign(c.im()) == 0 ? Floats.toInt(c.re()) : UNKNOWN;
            default -> UNKNOWN;
        };
    }

    /** x as a FLOAT if it is an INT or FLOAT (or COMPLEX with zero imaginary part); else UNKNOWN. */
    public static Value toFloat(Value x) {
        return switch (x) {
            case Int i -> Floats.of(i);
            case Rat r -> r;
            case BigFloat f -> f;
            case Complex c -> Floats.sign(c.im()) == 0 ? Floats.of(c.re()) : UNKNOWN;
            default -> UNKNOWN;
        };
    }

    /** x as a COMPLEX if it is numeric; else UNKNOWN. */
    public static Value toComplex(Value x) {
        return switch (x) {
            case Complex c -> c;
            default -> isReal(x) ? new Complex(x, ZERO) : UNKNOWN;
        };
    }

    /**
     * {@code op x} for op ADD, SUB, XOR or NOT. For XOR on an unsigned type, prec is the type's
     * size in bits (the complement stays within it); 0 otherwise.
     */
    public static Value unaryOp(Token op, Value x, int prec) {
        if (x instanceof Unknown) return x;
        switch (op) {
            case ADD -> {
                if (isReal(x) || x instanceof Complex) return x;
            }
            case SUB -> {
                if (x instanceof Complex c) return new Complex(unaryOp(op, c.re(), 0), unaryOp(op, c.im(), 0));
                if (x instanceof Int i) return new Int(i.value().negate());
                if (isReal(x)) return Floats.arith(Floats.ZERO, Token.SUB, x);
            }
            case XOR -> {
                if (x instanceof Int i) {
                    BigInteger z = i.value().not();
                    return new Int(prec > 0 ? z.and(BigInteger.ONE.shiftLeft(prec).subtract(BigInteger.ONE)) : z);
                }
            }
            case NOT -> {
                if (x instanceof Bool b) return new Bool(!b.value());
            }
            default -> { }
        }
        throw new IllegalArgumentException("invalid constant operation " + op.text() + x);
    }

    /**
     * {@code x op y} for ADD, SUB, MUL, QUO, REM, AND, OR, XOR, AND_NOT, LAND, LOR. The operands
     * are first matched to the larger of their kinds (INT &lt; FLOAT &lt; COMPLEX). QUO is exact
     * division (two INTs give a FLOAT); QUO_ASSIGN asks for truncated integer division of two INTs,
     * as in go/constant. REM truncates too (the result has x's sign). ADD concatenates strings.
     * Division by zero is the caller's to rule out; it gives UNKNOWN.
     */
    public static Value binaryOp(Value x, Token op, Value y) {
        if (x instanceof Unknown || y instanceof Unknown) return UNKNOWN;
        if (x instanceof Bool a && y instanceof Bool b) {
            if (op == Token.LAND) return new Bool(a.value() && b.value());
            if (op == Token.LOR) return new Bool(a.value() || b.value());
        } else if (x instanceof Str a && y instanceof Str b) {
            if (op == Token.ADD) return new Str(a.bytes() + b.bytes());
        } else if (x instanceof Int a && y instanceof Int b) {
            return intOp(a.value(), op, b.value());
        } else if (x instanceof Complex || y instanceof Complex) {
            if (isNumber(x) && isNumber(y)) return complexOp((Complex) toComplex(x), op, (Complex) toComplex(y));
        } else if (isReal(x) && isReal(y)) {
            return Floats.arith(Floats.of(x), op, Floats.of(y));
        }
        throw invalid(x, op, y);
    }

    private static Value intOp(BigInteger a, Token op, BigInteger b) {
        boolean division = op == Token.QUO || op == Token.QUO_ASSIGN || op == Token.REM;
        if (division && b.signum() == 0) return UNKNOWN;
        return switch (op) {
            case ADD -> new Int(a.add(b));
            case SUB -> new Int(a.subtract(b));
            case MUL -> new Int(a.multiply(b));
            case QUO -> Floats.rat(a, b);
            case QUO_ASSIGN -> new Int(a.divide(b));
            case REM -> new Int(a.remainder(b));
            case AND -> new Int(a.and(b));
            case OR -> new Int(a.or(b));
            case XOR -> new Int(a.xor(b));
            case AND_NOT -> new Int(a.andNot(b));
            default -> throw invalid(new Int(a), op, new Int(b));
        };
    }

    private static Value complexOp(Complex x, Token op, Complex y) {
        Value a = x.re(), b = x.im(), c = y.re(), d = y.im();
        return switch (op) {
            case ADD -> makeComplex(add(a, c), add(b, d));
            case SUB -> makeComplex(sub(a, c), sub(b, d));
            case MUL -> makeComplex(sub(mul(a, c), mul(b, d)), add(mul(b, c), mul(a, d)));
            case QUO -> {
                // (a+bi)/(c+di) = ((ac+bd) + (bc-ad)i) / (c²+d²)
                Value s = add(mul(c, c), mul(d, d));
                if (sign(s) == 0) yield UNKNOWN;
                yield makeComplex(quo(add(mul(a, c), mul(b, d)), s), quo(sub(mul(b, c), mul(a, d)), s));
            }
            default -> throw invalid(x, op, y);
        };
    }

    private static Value add(Value x, Value y) { return binaryOp(x, Token.ADD, y); }
    private static Value sub(Value x, Value y) { return binaryOp(x, Token.SUB, y); }
    private static Value mul(Value x, Value y) { return binaryOp(x, Token.MUL, y); }
    private static Value quo(Value x, Value y) { return binaryOp(x, Token.QUO, y); }

    /**
     * {@code x << s} or {@code x >> s} (op SHL or SHR) for an INT x and s ≥ 0. SHR rounds toward
     * negative infinity, as Go's >> on signed integers. A result longer than 2^16 bits is UNKNOWN
     * (the checker rejects shift counts above 1073 and integers above 512 bits long before).
     */
    public static Value shift(Value x, Token op, long s) {
        if (x instanceof Unknown) return x;
        BigInteger v = intVal(x);
        if (s < 0) throw new IllegalArgumentException("negative shift count " + s);
        return switch (op) {
            case SHL -> v.signum() == 0 ? x
                    : v.bitLength() + s > MAX_SHIFTED_BITS ? UNKNOWN : new Int(v.shiftLeft((int) s));
            case SHR -> new Int(s >= Integer.MAX_VALUE ? BigInteger.valueOf(v.signum() < 0 ? -1 : 0) : v.shiftRight((int) s));
            default -> throw new IllegalArgumentException("invalid shift " + op.text());
        };
    }

    /**
     * {@code x op y} for EQL, NEQ, LSS, LEQ, GTR, GEQ after matching kinds. Strings compare
     * bytewise; COMPLEX and BOOL values have only EQL and NEQ. False when either is UNKNOWN.
     */
    public static boolean compare(Value x, Token op, Value y) {
        if (x instanceof Unknown || y instanceof Unknown) return false;
        boolean ordered = true;
        int c;
        if (x instanceof Bool a && y instanceof Bool b) {
            c = Boolean.compare(a.value(), b.value());
            ordered = false;
        } else if (x instanceof Str a && y instanceof Str b) {
            c = a.bytes().compareTo(b.bytes());
        } else if (x instanceof Complex || y instanceof Complex) {
            if (!isNumber(x) || !isNumber(y)) throw invalid(x, op, y);
            boolean equal = Floats.compare(real(x), real(y)) == 0 && Floats.compare(imag(x), imag(y)) == 0;
            c = equal ? 0 : 1;
            ordered = false;
        } else if (isReal(x) && isReal(y)) {
            c = Floats.compare(x, y);
        } else {
            throw invalid(x, op, y);
        }
        return switch (op) {
            case EQL -> c == 0;
            case NEQ -> c != 0;
            case LSS, LEQ, GTR, GEQ -> {
                if (!ordered) throw invalid(x, op, y);
                yield op == Token.LSS ? c < 0 : op == Token.LEQ ? c <= 0 : op == Token.GTR ? c > 0 : c >= 0;
            }
            default -> throw invalid(x, op, y);
        };
    }

    /**
     * x rounded to float32 precision (as a FLOAT), or UNKNOWN when it overflows float32;
     * likewise for 64 bits. Rounding is to nearest, ties to even, straight from the exact value;
     * values too small for the format round to a subnormal or to 0, which is representable (gc
     * accepts {@code float32(1e-50)} as 0). A COMPLEX rounds both parts, and is UNKNOWN when
     * either overflows. Used for representability of typed float and complex constants.
     */
    public static Value roundFloat(Value x, int bits) {
        if (x instanceof Unknown) return x;
        if (x instanceof Complex c) {
            Value re = roundFloat(c.re(), bits), im = roundFloat(c.im(), bits);
            return re instanceof Unknown || im instanceof Unknown ? UNKNOWN : new Complex(re, im);
        }
        Ieee format = switch (bits) {
            case 32 -> Ieee.FLOAT32;
            case 64 -> Ieee.FLOAT64;
            default -> throw new IllegalArgumentException("float bits " + bits);
        };
        return makeFloat64(Floats.toBinary(x, format));
    }

    static IllegalArgumentException invalid(Value x, Token op, Value y) {
        return new IllegalArgumentException("invalid constant operation " + x + " " + op.text() + " " + y);
    }

    private static boolean isReal(Value x) {
        return x instanceof Int || x instanceof Rat || x instanceof BigFloat;
    }

    private static boolean isNumber(Value x) {
        return isReal(x) || x instanceof Complex;
    }
}
