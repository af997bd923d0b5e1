package dev.jgo.ssagen;

import dev.jgo.ssa.SsaTypes;
import dev.jgo.types.BasicKind;
import dev.jgo.types.Sizes;
import dev.jgo.types.Type;
import dev.jgo.types.Universe;

/** Questions about Go types that the lowering asks over and over. */
final class Kinds {
    private Kinds() {}

    static BasicKind basic(Type t) {
        return t.underlying() instanceof Type.Basic b ? b.kind() : null;
    }

    /** A type as messages and dumps spell it. */
    static String str(Type t) {
        return SsaTypes.toString(t);
    }

    static boolean isInteger(Type t) {
        BasicKind k = basic(t);
        return k != null && k.isInteger();
    }

    static boolean isUnsigned(Type t) {
        BasicKind k = basic(t);
        return k != null && k.isUnsigned();
    }

    static boolean isFloat(Type t) {
        BasicKind k = basic(t);
        return k != null && k.isFloat();
    }

    static boolean isComplex(Type t) {
        BasicKind k = basic(t);
        return k != null && k.isComplex();
    }

    static boolean isString(Type t) {
        BasicKind k = basic(t);
        return k != null && k.isString();
    }

    static boolean isBool(Type t) {
        BasicKind k = basic(t);
        return k != null && k.isBoolean();
    }

    /** Types compared and printed as addresses: pointers, unsafe.Pointer, maps, channels, funcs. */
    static boolean isPointerLike(Type t) {
        Type u = t.underlying();
        return u instanceof Type.Pointer || u instanceof Type.Map || u instanceof Type.Chan
                || u instanceof Type.Signature || basic(t) == BasicKind.UNSAFE_POINTER;
    }

    static int bits(Type t) {
        return (int) Sizes.sizeof(t) * 8;
    }

    /** The float type of each half of a complex type. */
    static Type complexPart(Type t) {
        return Sizes.sizeof(t) == 8 ? Universe.FLOAT32 : Universe.FLOAT64;
    }

    /**
     * Whether values of t are kept as SSA values when they are variables: scalars, strings,
     * slices, pointers. Structs and arrays live in memory (gc keeps small ones in SSA; see
     * docs/ssagen.md).
     */
    static boolean canSSA(Type t) {
        Type u = t.underlying();
        return !(u instanceof Type.Struct || u instanceof Type.Array);
    }

    /** An untyped constant's default type (the type it gets where nothing else decides). */
    static Type typed(Type t) {
        BasicKind k = basic(t);
        if (k == null || !k.isUntyped()) return t;
        return switch (k) {
            case UNTYPED_BOOL -> Universe.BOOL;
            case UNTYPED_INT -> Universe.INT;
            case UNTYPED_RUNE -> Universe.RUNE;
            case UNTYPED_FLOAT -> Universe.FLOAT64;
            case UNTYPED_COMPLEX -> Universe.COMPLEX128;
            case UNTYPED_STRING -> Universe.STRING;
            default -> Universe.UNSAFE_POINTER;
        };
    }
}
