package dev.jgo.amd64.lower;

import static dev.jgo.ssa.Amd64Op.*;

import dev.jgo.ssa.Amd64Op;
import dev.jgo.ssa.GenericOp;
import dev.jgo.ssa.GenericOp.Family;
import dev.jgo.ssa.Value;
import dev.jgo.types.Universe;

/**
 * Go's shifts: the count is unsigned and may exceed the width, in which case everything is
 * shifted out (0 for left and unsigned right shifts, the sign for signed right shifts). The
 * hardware masks the count, so a shift by a register keeps that meaning in the emitted sequence
 * (a carry mask for SHL/SHR, a saturated count for SAR) unless auxInt says the count is small.
 * Right shifts of 8 and 16-bit values extend them to 32 bits first, so the 32-bit instruction's
 * own limit is the only one left to guard.
 */
final class Shifts {
    private Shifts() {}

    static boolean lower(Value v, GenericOp op) {
        int w = op.bits();
        Value x = v.arg(0), y = v.arg(1);
        Family f = op.family();
        Value operand = f == Family.LSH ? x : Lower.widen(v, x, w, f == Family.RSH);
        Long c = constant(y, op.bits2());
        boolean wide = w == 64;
        if (c != null) {
            long n = c;
            if (Long.compareUnsigned(n, w) >= 0) {
                if (f != Family.RSH) {
                    v.reset(MOVLconst);
                    return true;
                }
                n = w == 64 ? 63 : 31;
            }
            Amd64Op k = switch (f) {
                case LSH -> wide ? SHLQconst : SHLLconst;
                case RSHU -> wide ? SHRQconst : SHRLconst;
                default -> wide ? SARQconst : SARLconst;
            };
            Lower.set(v, k, operand);
            v.setAuxInt(n);
            return true;
        }
        Value count = op.bits2() == 64 ? y
                : v.block().newValue(v.pos(), GenericOp.of(Family.ZERO_EXT, 64, op.bits2()), Universe.UINT64, y);
        Amd64Op k = switch (f) {
            case LSH -> wide ? SHLQ : SHLL;
            case RSHU -> wide ? SHRQ : SHRL;
            default -> wide ? SARQ : SARL;
        };
        long bounded = v.auxInt();
        v.reset(k);
        v.setAuxInt(bounded);
        v.addArgs(operand, count);
        return true;
    }

    /** The count as an unsigned number when it is a constant. */
    private static Long constant(Value y, int bits) {
        boolean isConst = y.op() instanceof GenericOp g ? g.family() == Family.CONST
                : y.op() == MOVQconst || y.op() == MOVLconst;
        if (!isConst) return null;
        return bits == 64 ? y.auxInt() : y.auxInt() & ((1L << bits) - 1);
    }
}
