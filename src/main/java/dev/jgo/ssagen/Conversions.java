package dev.jgo.ssagen;

import static dev.jgo.ssa.GenericOp.*;

import dev.jgo.ssa.GenericOp;
import dev.jgo.ssa.GenericOp.Family;
import dev.jgo.ssa.Value;
import dev.jgo.types.BasicKind;
import dev.jgo.types.Predicates;
import dev.jgo.types.Type;
import dev.jgo.types.Universe;

/**
 * Conversions between Go types: integer widths, integers and floats (unsigned 64-bit ones with
 * gc's branchy sequences, since the generic ops convert signed values only), complex parts,
 * and the string conversions that are runtime calls.
 */
final class Conversions {
    private final FuncGen g;

    Conversions(FuncGen g) {
        this.g = g;
    }

    /** An integer index or length as an int. */
    Value toInt(Value v, Type from) {
        return convert(v, from, Universe.INT);
    }

    Value convert(Value v, Type from, Type to) {
        if (Predicates.identical(from, to)) return v;
        Type fu = from.underlying(), tu = to.underlying();
        if (tu instanceof Type.Interface) return new Interfaces(g).convert(v, from, to);
        if (Predicates.identical(fu, tu) || Kinds.isPointerLike(from) && Kinds.isPointerLike(to)) {
            return g.v(Copy, to, v);
        }
        boolean fi = Kinds.isInteger(from), ti = Kinds.isInteger(to);
        boolean ff = Kinds.isFloat(from), tf = Kinds.isFloat(to);
        if (fi && ti) return intToInt(v, from, to);
        if (fi && tf) return intToFloat(v, from, to);
        if (ff && ti) return floatToInt(v, from, to);
        if (ff && tf) return g.v(Kinds.bits(to) == 64 ? Cvt32Fto64F : Cvt64Fto32F, to, v);
        if (Kinds.isComplex(from) && Kinds.isComplex(to)) {
            Type fp = Kinds.complexPart(from), tp = Kinds.complexPart(to);
            return g.v(ComplexMake, to, convert(g.v(ComplexReal, fp, v), fp, tp), convert(g.v(ComplexImag, fp, v), fp, tp));
        }
        if (Kinds.isString(to)) return toString(v, from, to);
        if (Kinds.isString(from) && tu instanceof Type.Slice st) {
            boolean bytes = Kinds.basic(st.elem()) == BasicKind.UINT8;
            Value nilBuf = g.f.constant(g.pos, ConstNil, Universe.UNSAFE_POINTER, 0);
            Value r = g.rtcall(bytes ? "stringtoslicebyte" : "stringtoslicerune", nilBuf, retype(v, Universe.STRING)).getFirst();
            return retype(r, to);
        }
        if ((Kinds.isInteger(from) && Kinds.isPointerLike(to)) || (Kinds.isPointerLike(from) && Kinds.isInteger(to))) {
            return g.v(Convert, to, v, g.mem());
        }
        throw new Unsupported(g.pos, "conversion from " + Kinds.str(from) + " to " + Kinds.str(to));
    }

    /** v as an empty interface (panic's argument). */
    Value toEmptyInterface(Value v, Type from) {
        Type any = ((Type.Signature) Runtime.func("gopanic").type()).params().at(0);
        return new Interfaces(g).convert(v, from, any);
    }

    private Value retype(Value v, Type t) {
        return Predicates.identical(v.type(), t) ? v : g.v(Copy, t, v);
    }

    private Value toString(Value v, Type from, Type to) {
        Value nilBuf = g.f.constant(g.pos, ConstNil, Universe.UNSAFE_POINTER, 0);
        Value r;
        if (Kinds.isInteger(from)) {
            r = g.rtcall("intstring", nilBuf, intToInt(v, from, Universe.INT64)).getFirst();
        } else if (Kinds.basic(((Type.Slice) from.underlying()).elem()) == BasicKind.UINT8) {
            Type bp = new Type.Pointer(Universe.BYTE);
            r = g.rtcall("slicebytetostring", nilBuf, g.v(SlicePtr, bp, v), g.v(SliceLen, Universe.INT, v)).getFirst();
        } else {
            r = g.rtcall("slicerunetostring", nilBuf, retype(v, new Type.Slice(Universe.RUNE))).getFirst();
        }
        return retype(r, to);
    }

    private Value intToInt(Value v, Type from, Type to) {
        int fw = Kinds.bits(from), tw = Kinds.bits(to);
        if (fw == tw) return retype(v, to);
        if (tw < fw) return g.v(GenericOp.of(Family.TRUNC, tw, fw), to, v);
        return g.v(GenericOp.of(Kinds.isUnsigned(from) ? Family.ZERO_EXT : Family.SIGN_EXT, tw, fw), to, v);
    }

    private Value intToFloat(Value v, Type from, Type to) {
        int fw = Kinds.bits(from);
        boolean f64 = Kinds.bits(to) == 64;
        if (Kinds.isUnsigned(from) && fw == 64) return uint64ToFloat(v, to);
        if (fw < 32 || Kinds.isUnsigned(from) && fw == 32) {
            Type wide = Kinds.isUnsigned(from) && fw == 32 ? Universe.INT64 : Universe.INT32;
            v = g.v(GenericOp.of(Kinds.isUnsigned(from) ? Family.ZERO_EXT : Family.SIGN_EXT, Kinds.bits(wide), fw), wide, v);
            fw = Kinds.bits(wide);
        }
        if (fw == 32) return g.v(f64 ? Cvt32to64F : Cvt32to32F, to, v);
        return g.v(f64 ? Cvt64to64F : Cvt64to32F, to, v);
    }

    /** Values with the top bit set are halved (keeping the low bit for rounding), converted, doubled. */
    private Value uint64ToFloat(Value v, Type to) {
        boolean f64 = Kinds.bits(to) == 64;
        GenericOp cvt = f64 ? Cvt64to64F : Cvt64to32F;
        Value small = g.v(Leq64, Universe.BOOL, g.constInt(Universe.INT64, 0), v);
        return g.choose(small, to, () -> g.v(cvt, to, v), () -> {
            Value half = g.v(Or64, v.type(), g.v(Rsh64Ux64, v.type(), v, g.constInt(Universe.UINT64, 1)),
                    g.v(And64, v.type(), v, g.constInt(v.type(), 1)));
            Value r = g.v(cvt, to, half);
            return g.v(f64 ? Add64F : Add32F, to, r, r);
        });
    }

    private Value floatToInt(Value v, Type from, Type to) {
        int tw = Kinds.bits(to);
        boolean f64 = Kinds.bits(from) == 64;
        if (Kinds.isUnsigned(to) && tw == 64) return floatToUint64(v, from, to);
        if (tw == 64 || Kinds.isUnsigned(to) && tw == 32) {
            Value r = g.v(f64 ? Cvt64Fto64 : Cvt32Fto64, Universe.INT64, v);
            return intToInt(r, Universe.INT64, to);
        }
        Value r = g.v(f64 ? Cvt64Fto32 : Cvt32Fto32, Universe.INT32, v);
        return intToInt(r, Universe.INT32, to);
    }

    /** Values from 2^63 up are reduced by 2^63 before the signed conversion, and the bit put back. */
    private Value floatToUint64(Value v, Type from, Type to) {
        boolean f64 = Kinds.bits(from) == 64;
        GenericOp cvt = f64 ? Cvt64Fto64 : Cvt32Fto64;
        Value two63 = g.floatConst(from, 0x1p63);
        Value small = g.v(f64 ? Less64F : Less32F, Universe.BOOL, v, two63);
        return g.choose(small, to, () -> g.v(cvt, to, v), () -> {
            Value r = g.v(cvt, to, g.v(f64 ? Sub64F : Sub32F, from, v, two63));
            return g.v(Or64, to, r, g.constInt(to, Long.MIN_VALUE));
        });
    }
}
