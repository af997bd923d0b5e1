package dev.jgo.types.constant;

import dev.jgo.syntax.Token;
import java.math.BigInteger;

/**
 * Operations on exact constant values, in the spirit of Go's go/constant package: the checker
 * computes every constant expression with these, then checks representability in its type.
 * Operations on an UNKNOWN operand give UNKNOWN.
 */
public final class Constant {
    private Constant() {}

    public static Value unknown() { throw todo(); }

    public static Value makeBool(boolean b) { throw todo(); }

    public static Value makeString(String s) { throw todo(); }

    public static Value makeInt64(long x) { throw todo(); }

    public static Value makeUint64(long unsignedX) { throw todo(); }

    public static Value makeInt(BigInteger x) { throw todo(); }

    /** An exact float from a finite double; UNKNOWN for NaN or infinities. */
    public static Value makeFloat64(double x) { throw todo(); }

    /** x·i for an INT or FLOAT x. */
    public static Value makeImag(Value x) { throw todo(); }

    /**
     * The value of a literal of kind INT, FLOAT, IMAG, CHAR or STRING, exactly as written in the
     * source (digit separators, prefixes, escapes); UNKNOWN when malformed.
     */
    public static Value makeFromLiteral(String literal, Token kind) { throw todo(); }

    public static boolean boolVal(Value x) { throw todo(); }

    public static String stringVal(Value x) { throw todo(); }

    /** x as a BigInteger; x must be INT. */
    public static BigInteger intVal(Value x) { throw todo(); }

    /** x as a long if it is an INT that fits in 64 signed bits; exact says whether it fit. */
    public static long int64Val(Value x) { throw todo(); }

    /** x as the nearest double (of an INT or FLOAT). */
    public static double float64Val(Value x) { throw todo(); }

    /** x as the nearest float (of an INT or FLOAT). */
    public static float float32Val(Value x) { throw todo(); }

    public static Value real(Value x) { throw todo(); }

    public static Value imag(Value x) { throw todo(); }

    /** -1, 0 or 1; for COMPLEX, 0 when zero and 1 otherwise. */
    public static int sign(Value x) { throw todo(); }

    /** The number of bits needed for |x| of an INT. */
    public static int bitLen(Value x) { throw todo(); }

    /** x as an INT if it is an integral INT or FLOAT (or COMPLEX with zero imaginary part); else UNKNOWN. */
    public static Value toInt(Value x) { throw todo(); }

    /** x as a FLOAT if it is an INT or FLOAT (or COMPLEX with zero imaginary part); else UNKNOWN. */
    public static Value toFloat(Value x) { throw todo(); }

    /** x as a COMPLEX if it is numeric; else UNKNOWN. */
    public static Value toComplex(Value x) { throw todo(); }

    /**
     * {@code op x} for op ADD, SUB, XOR or NOT. For XOR on an unsigned type, prec is the type's
     * size in bits (the complement stays within it); 0 otherwise.
     */
    public static Value unaryOp(Token op, Value x, int prec) { throw todo(); }

    /**
     * {@code x op y} for ADD, SUB, MUL, QUO, REM, AND, OR, XOR, AND_NOT, LAND, LOR. The operands
     * are first matched to the larger of their kinds. QUO is exact division (two INTs may give
     * a FLOAT); QUO_ASSIGN asks for truncated integer division of two INTs, as in go/constant.
     * Division by zero is the caller's to rule out.
     */
    public static Value binaryOp(Value x, Token op, Value y) { throw todo(); }

    /** {@code x << s} or {@code x >> s} (op SHL or SHR) for an INT x. */
    public static Value shift(Value x, Token op, long s) { throw todo(); }

    /** {@code x op y} for EQL, NEQ, LSS, LEQ, GTR, GEQ after matching kinds. */
    public static boolean compare(Value x, Token op, Value y) { throw todo(); }

    /** {@code complex(re, im)} of two INT or FLOAT values. */
    public static Value makeComplex(Value re, Value im) { throw todo(); }

    /**
     * x rounded to float32 precision (as a FLOAT), or UNKNOWN when it overflows float32;
     * likewise for 64 bits. Used for representability of typed float constants.
     */
    public static Value roundFloat(Value x, int bits) { throw todo(); }

    private static UnsupportedOperationException todo() {
        return new UnsupportedOperationException("constant package not written yet");
    }
}
