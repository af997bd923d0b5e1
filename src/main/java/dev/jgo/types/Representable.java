package dev.jgo.types;

import dev.jgo.types.constant.Constant;
import dev.jgo.types.constant.Kind;
import dev.jgo.types.constant.Value;
import java.math.BigInteger;

/** Whether a constant value is representable in a basic type, and its value there. */
final class Representable {
    private Representable() {}

    /** x as a value of t (floats rounded to t's precision), or null when x does not fit t. */
    static Value convert(Value x, Type.Basic t) {
        if (x.kind() == Kind.UNKNOWN) return x;
        BasicKind k = t.kind();
        if (k.isInteger()) {
            Value v = Constant.toInt(x);
            if (v.kind() != Kind.INT) return null;
            if (k.isUntyped()) return v;
            return fits(Constant.intVal(v), k) ? v : null;
        }
        if (k.isFloat()) {
            Value v = Constant.toFloat(x);
            if (v.kind() == Kind.UNKNOWN) return null;
            return round(v, k == BasicKind.FLOAT32 ? 32 : k == BasicKind.FLOAT64 ? 64 : 0);
        }
        if (k.isComplex()) {
            Value v = Constant.toComplex(x);
            if (v.kind() == Kind.UNKNOWN) return null;
            int bits = k == BasicKind.COMPLEX64 ? 32 : k == BasicKind.COMPLEX128 ? 64 : 0;
            Value re = round(Constant.real(v), bits), im = round(Constant.imag(v), bits);
            if (re == null || im == null) return null;
            if (bits == 0) return v;
            // As in gc, a real value given a complex type stays real (it prints as 1000, not (1000 + 0i)).
            return x.kind() != Kind.COMPLEX && Constant.sign(im) == 0 ? re : Constant.makeComplex(re, im);
        }
        if (k.isString()) return x.kind() == Kind.STRING ? x : null;
        if (k.isBoolean()) return x.kind() == Kind.BOOL ? x : null;
        return null;
    }

    private static Value round(Value v, int bits) {
        if (bits == 0) return v;
        Value r = Constant.roundFloat(v, bits);
        return r.kind() == Kind.UNKNOWN ? null : r;
    }

    private static boolean fits(BigInteger v, BasicKind k) {
        int bits = k.size * 8;
        if (k.isUnsigned()) return v.signum() >= 0 && v.bitLength() <= bits;
        return v.bitLength() <= bits - 1;
    }
}
