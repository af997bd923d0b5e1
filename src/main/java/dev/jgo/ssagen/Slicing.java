package dev.jgo.ssagen;

import static dev.jgo.ssa.GenericOp.*;

import dev.jgo.ssa.Value;
import dev.jgo.syntax.Expr;
import dev.jgo.types.Sizes;
import dev.jgo.types.Type;
import dev.jgo.types.Universe;

/**
 * Slice expressions x[lo:hi] and x[lo:hi:max] of slices, strings, arrays and pointers to
 * arrays, with gc's bounds checks in gc's order (max against cap, hi against max, lo against
 * hi) and the pointer advanced by lo only when the result is not empty (Slicemask), so that it
 * never points past the end of the underlying array.
 */
final class Slicing {
    private final FuncGen g;
    private final Exprs x;

    Slicing(FuncGen g, Exprs x) {
        this.g = g;
        this.x = x;
    }

    Value slice(Expr.Slice e) {
        Type t = x.typeOf(e);
        Type xt = x.typeOf(e.x()).underlying();
        boolean isString = Kinds.isString(xt);
        Value ptr, len, cap;
        Type elem;
        if (isString) {
            Value s = x.expr(e.x());
            elem = Universe.BYTE;
            ptr = g.v(StringPtr, new Type.Pointer(elem), s);
            len = g.v(StringLen, Universe.INT, s);
            cap = len;
        } else if (xt instanceof Type.Slice st) {
            Value s = x.expr(e.x());
            elem = st.elem();
            ptr = g.v(SlicePtr, new Type.Pointer(elem), s);
            len = g.v(SliceLen, Universe.INT, s);
            cap = g.v(SliceCap, Universe.INT, s);
        } else {
            Type.Array at;
            if (xt instanceof Type.Pointer pt) {
                at = (Type.Array) pt.elem().underlying();
                ptr = x.expr(e.x());
                g.nilCheck(ptr);
            } else {
                at = (Type.Array) xt;
                ptr = x.addr(e.x());
            }
            elem = at.elem();
            ptr = g.v(Copy, new Type.Pointer(elem), ptr);
            len = g.intConst(at.len());
            cap = len;
        }
        Value lo = e.lo() == null ? null : x.indexValue(e.lo());
        Value hi = e.hi() == null ? null : x.indexValue(e.hi());
        Value max = e.max() == null ? null : x.indexValue(e.max());
        g.pos = e.pos();
        if (max != null) {
            check(max, cap, BoundsKind.SLICE3_ACAP, e.max());
            Value h = hi == null ? len : hi;
            if (hi != null) check(hi, max, BoundsKind.SLICE3_B, e.hi());
            if (lo != null) check(lo, h, BoundsKind.SLICE3_C, e.lo());
        } else {
            if (hi != null) check(hi, isString ? len : cap, isString ? BoundsKind.SLICE_ALEN : BoundsKind.SLICE_ACAP, e.hi());
            if (lo != null) check(lo, hi == null ? len : hi, BoundsKind.SLICE_B, e.lo());
        }
        Value h = hi == null ? len : hi;
        Value m = max == null ? (isString ? h : cap) : max;
        Value rlen = lo == null ? h : g.v(Sub64, Universe.INT, h, lo);
        Value rcap = lo == null ? m : g.v(Sub64, Universe.INT, m, lo);
        Value rptr = ptr;
        if (lo != null) {
            long size = Sizes.sizeof(elem);
            Value delta = size == 1 ? lo : g.v(Mul64, Universe.INT, lo, g.intConst(size));
            delta = g.v(And64, Universe.INT, delta, g.v(Slicemask, Universe.INT, isString ? rlen : rcap));
            rptr = g.v(AddPtr, ptr.type(), ptr, delta);
        }
        if (isString) return g.v(StringMake, t, rptr, rlen);
        return g.v(SliceMake, t, rptr, rlen, rcap);
    }

    /** 0 <= i <= bound, or a bounds panic of kind (the unsigned variant for unsigned indexes). */
    private void check(Value i, Value bound, BoundsKind kind, Expr index) {
        g.boundsCheck(g.v(IsSliceInBounds, Universe.BOOL, i, bound), kind.unsigned(Kinds.isUnsigned(x.typeOf(index))), i, bound);
    }
}
