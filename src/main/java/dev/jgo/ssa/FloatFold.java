package dev.jgo.ssa;

import java.util.OptionalLong;

/**
 * Go's float arithmetic and conversions on constants. A float constant's auxInt holds the bits
 * of a double; a float32 result is computed in single precision (Java's float is IEEE binary32,
 * like Go's) and then widened exactly. A NaN result is left to run time, as gc does, and so is a
 * float-to-integer conversion out of the integer's range (its result is not specified by Go).
 */
final class FloatFold {
    private FloatFold() {}

    private static long bits(double d, int width) {
        return Double.doubleToRawLongBits(width == 32 ? (double) (float) d : d);
    }

    /** The auxInt of op applied to float constants x and y (arithmetic families). */
    static OptionalLong arithmetic(GenericOp op, double x, double y) {
        boolean single = op.bits() == 32;
        double r = switch (op.family()) {
            case ADD_F -> single ? (float) x + (float) y : x + y;
            case SUB_F -> single ? (float) x - (float) y : x - y;
            case MUL_F -> single ? (float) x * (float) y : x * y;
            case DIV_F -> single ? (float) x / (float) y : x / y;
            default -> Double.NaN;
        };
        return Double.isNaN(r) ? OptionalLong.empty() : OptionalLong.of(bits(r, op.bits()));
    }

    /** Whether comparison op holds for x and y (Go's IEEE comparisons: NaN is unordered). */
    static boolean compare(GenericOp op, double x, double y) {
        return switch (op.family()) {
            case EQ_F -> x == y;
            case NEQ_F -> x != y;
            case LESS_F -> x < y;
            default -> x <= y;
        };
    }

    /**
     * The auxInt of a conversion op applied to the constant with auxInt c (an integer
     * sign-extended to 64 bits, or double bits), or empty when it must stay.
     */
    static OptionalLong convert(GenericOp op, long c) {
        double d = Double.longBitsToDouble(c);
        return switch (op) {
            case Cvt32to32F -> OptionalLong.of(bits((float) (int) c, 32));
            case Cvt32to64F -> OptionalLong.of(bits((int) c, 64));
            case Cvt64to32F -> OptionalLong.of(bits((float) c, 32));
            case Cvt64to64F -> OptionalLong.of(bits((double) c, 64));
            case Cvt32Fto64F -> OptionalLong.of(c);
            case Cvt64Fto32F -> Double.isNaN(d) ? OptionalLong.empty() : OptionalLong.of(bits(d, 32));
            case Cvt32Fto32, Cvt64Fto32 -> inRange(d, 0x1p31) ? OptionalLong.of((int) d) : OptionalLong.empty();
            case Cvt32Fto64, Cvt64Fto64 -> inRange(d, 0x1p63) ? OptionalLong.of((long) d) : OptionalLong.empty();
            default -> OptionalLong.empty();
        };
    }

    /** Whether d truncated toward zero surely fits in [-limit, limit) (a little conservative at -limit). */
    private static boolean inRange(double d, double limit) {
        return d > -limit - 1 && d < limit;
    }

    /** The constant op of a conversion's result. */
    static GenericOp resultConst(GenericOp cvt) {
        return switch (cvt) {
            case Cvt32to32F, Cvt64to32F, Cvt64Fto32F -> GenericOp.Const32F;
            case Cvt32to64F, Cvt64to64F, Cvt32Fto64F -> GenericOp.Const64F;
            case Cvt32Fto32, Cvt64Fto32 -> GenericOp.Const32;
            default -> GenericOp.Const64;
        };
    }
}
