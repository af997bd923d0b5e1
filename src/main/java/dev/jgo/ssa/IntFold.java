package dev.jgo.ssa;

import java.util.OptionalLong;

/**
 * Go's integer arithmetic on constants of 8 to 64 bits. A constant's auxInt holds its bits
 * sign-extended to 64 (gc's convention), whatever the signedness of its Go type; results wrap
 * around at the operation's width exactly as Go's do at run time.
 */
final class IntFold {
    private IntFold() {}

    /** c's low {@code bits} bits, sign-extended. */
    static long normalize(long c, int bits) {
        return bits >= 64 ? c : (c << (64 - bits)) >> (64 - bits);
    }

    /** c's low {@code bits} bits, zero-extended. */
    static long unsigned(long c, int bits) {
        return bits >= 64 ? c : c & ((1L << bits) - 1);
    }

    /**
     * The result of a binary integer op on constants, or empty when it must not be folded
     * (division by zero panics at run time). Comparisons give 0 or 1.
     */
    static OptionalLong binary(GenericOp op, long x, long y) {
        int w = op.bits();
        long ux = unsigned(x, w), uy = unsigned(y, w);
        long r;
        switch (op.family()) {
            case ADD -> r = x + y;
            case SUB -> r = x - y;
            case MUL -> r = x * y;
            case AND -> r = x & y;
            case OR -> r = x | y;
            case XOR -> r = x ^ y;
            case DIV, MOD, DIVU, MODU -> {
                if (y == 0) return OptionalLong.empty();
                r = switch (op.family()) {
                    case DIV -> x / y;
                    case MOD -> x % y;
                    case DIVU -> Long.divideUnsigned(ux, uy);
                    default -> Long.remainderUnsigned(ux, uy);
                };
            }
            case LSH, RSH, RSHU -> r = shift(op, x, y);
            case EQ -> r = x == y ? 1 : 0;
            case NEQ -> r = x != y ? 1 : 0;
            case LESS -> r = x < y ? 1 : 0;
            case LEQ -> r = x <= y ? 1 : 0;
            case LESSU -> r = Long.compareUnsigned(ux, uy) < 0 ? 1 : 0;
            case LEQU -> r = Long.compareUnsigned(ux, uy) <= 0 ? 1 : 0;
            default -> {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.of(normalize(r, w));
    }

    /** The result of a unary integer op (negation, complement, extension, truncation). */
    static OptionalLong unary(GenericOp op, long x) {
        return switch (op.family()) {
            case NEG -> OptionalLong.of(normalize(-x, op.bits()));
            case COM -> OptionalLong.of(normalize(~x, op.bits()));
            case SIGN_EXT -> OptionalLong.of(normalize(x, op.bits2()));
            case ZERO_EXT -> OptionalLong.of(unsigned(x, op.bits2()));
            case TRUNC -> OptionalLong.of(normalize(x, op.bits()));
            default -> OptionalLong.empty();
        };
    }

    /** Go's shifts: the amount is unsigned, and shifting out every bit gives 0 or the sign. */
    private static long shift(GenericOp op, long x, long amount) {
        int w = op.bits();
        long s = unsigned(amount, op.bits2());
        boolean all = Long.compareUnsigned(s, w) >= 0;
        return switch (op.family()) {
            case LSH -> all ? 0 : x << s;
            case RSH -> all ? (x < 0 ? -1 : 0) : x >> s;
            default -> all ? 0 : unsigned(x, w) >>> s;
        };
    }
}
