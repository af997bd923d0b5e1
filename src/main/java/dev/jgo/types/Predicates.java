package dev.jgo.types;

import java.util.ArrayList;
import java.util.List;

/** Type identity and the classification predicates of the spec. */
public final class Predicates {
    private Predicates() {}

    public static boolean isBasic(Type t, java.util.function.Predicate<BasicKind> p) {
        return t != null && t.underlying() instanceof Type.Basic b && p.test(b.kind());
    }

    public static boolean isBoolean(Type t) { return isBasic(t, BasicKind::isBoolean); }
    public static boolean isInteger(Type t) { return isBasic(t, BasicKind::isInteger); }
    public static boolean isUnsigned(Type t) { return isBasic(t, BasicKind::isUnsigned); }
    public static boolean isFloat(Type t) { return isBasic(t, BasicKind::isFloat); }
    public static boolean isComplex(Type t) { return isBasic(t, BasicKind::isComplex); }
    public static boolean isNumeric(Type t) { return isBasic(t, BasicKind::isNumeric); }
    public static boolean isString(Type t) { return isBasic(t, BasicKind::isString); }
    public static boolean isOrdered(Type t) { return isBasic(t, BasicKind::isOrdered); }
    public static boolean isConstType(Type t) { return isBasic(t, BasicKind::isConstType); }

    public static boolean isUntyped(Type t) {
        return t instanceof Type.Basic b && b.kind().isUntyped();
    }

    public static boolean isTyped(Type t) {
        return !isUntyped(t);
    }

    public static boolean isInvalid(Type t) {
        return t == null || t instanceof Type.Basic b && b.kind() == BasicKind.INVALID;
    }

    public static boolean isInterface(Type t) {
        return t != null && t.underlying() instanceof Type.Interface;
    }

    public static boolean isUnsafePointer(Type t) {
        return isBasic(t, k -> k == BasicKind.UNSAFE_POINTER);
    }

    /** Whether the type has nil as a value (pointer, func, slice, map, chan, interface, unsafe.Pointer). */
    public static boolean hasNil(Type t) {
        Type u = t.underlying();
        return u instanceof Type.Pointer || u instanceof Type.Signature || u instanceof Type.Slice
                || u instanceof Type.Map || u instanceof Type.Chan || u instanceof Type.Interface
                || isUnsafePointer(u) || isBasic(u, k -> k == BasicKind.UNTYPED_NIL);
    }

    /** The default type of an untyped constant kind (int for untyped int, etc.); t itself otherwise. */
    public static Type defaultType(Type t) {
        if (t instanceof Type.Basic b) {
            return switch (b.kind()) {
                case UNTYPED_BOOL -> Universe.BOOL;
                case UNTYPED_INT -> Universe.INT;
                case UNTYPED_RUNE -> Universe.RUNE;
                case UNTYPED_FLOAT -> Universe.FLOAT64;
                case UNTYPED_COMPLEX -> Universe.COMPLEX128;
                case UNTYPED_STRING -> Universe.STRING;
                default -> t;
            };
        }
        return t;
    }

    /** Whether values of t can be compared with == (and used as map keys). */
    public static boolean comparable(Type t) {
        return comparable(t, new ArrayList<>());
    }

    private static boolean comparable(Type t, List<Type> seen) {
        for (Type s : seen) if (s == t) return true;
        seen.add(t);
        Type u = t.underlying();
        return switch (u) {
            case Type.Basic b -> b.kind() != BasicKind.UNTYPED_NIL;
            case Type.Pointer p -> true;
            case Type.Chan c -> true;
            case Type.Interface i -> true;
            case Type.Struct s -> s.fields().stream().allMatch(f -> comparable(f.type(), seen));
            case Type.Array a -> comparable(a.elem(), seen);
            default -> false;
        };
    }

    public static boolean identical(Type x, Type y) {
        return identical(x, y, new ArrayList<>(), false);
    }

    /** Identity ignoring struct tags (for conversions). */
    public static boolean identicalIgnoreTags(Type x, Type y) {
        return identical(x, y, new ArrayList<>(), true);
    }

    private record Pair(Type.Interface x, Type.Interface y) {}

    private static boolean identical(Type x, Type y, List<Pair> seen, boolean it) {
        if (x == y) return true;
        if (x == null || y == null) return false;
        return switch (x) {
            case Type.Basic a -> y instanceof Type.Basic b && a.kind() == b.kind();
            case Type.Array a -> y instanceof Type.Array b && a.len() == b.len() && identical(a.elem(), b.elem(), seen, it);
            case Type.Slice a -> y instanceof Type.Slice b && identical(a.elem(), b.elem(), seen, it);
            case Type.Pointer a -> y instanceof Type.Pointer b && identical(a.elem(), b.elem(), seen, it);
            case Type.Map a -> y instanceof Type.Map b && identical(a.key(), b.key(), seen, it) && identical(a.elem(), b.elem(), seen, it);
            case Type.Chan a -> y instanceof Type.Chan b && a.dir() == b.dir() && identical(a.elem(), b.elem(), seen, it);
            case Type.Struct a -> y instanceof Type.Struct b && identicalStructs(a, b, seen, it);
            case Type.Tuple a -> y instanceof Type.Tuple b && identicalTuples(a, b, seen, it);
            case Type.Signature a -> y instanceof Type.Signature b && a.variadic() == b.variadic()
                    && identicalTuples(a.params(), b.params(), seen, it) && identicalTuples(a.results(), b.results(), seen, it);
            case Type.Interface a -> y instanceof Type.Interface b && identicalInterfaces(a, b, seen, it);
            case Type.Named a -> false;
        };
    }

    private static boolean identicalStructs(Type.Struct a, Type.Struct b, List<Pair> seen, boolean it) {
        if (a.fields().size() != b.fields().size()) return false;
        for (int i = 0; i < a.fields().size(); i++) {
            Obj.Var f = a.fields().get(i), g = b.fields().get(i);
            if (f.embedded() != g.embedded() || !it && !a.tags().get(i).equals(b.tags().get(i))
                    || !sameId(f, g.name(), g.pkg()) || !identical(f.type(), g.type(), seen, it)) {
                return false;
            }
        }
        return true;
    }

    private static boolean identicalTuples(Type.Tuple a, Type.Tuple b, List<Pair> seen, boolean it) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) {
            if (!identical(a.at(i), b.at(i), seen, it)) return false;
        }
        return true;
    }

    private static boolean identicalInterfaces(Type.Interface a, Type.Interface b, List<Pair> seen, boolean it) {
        if (a.isConstraint() || b.isConstraint()) {
            return a.isComparable == b.isComparable && a.terms.equals(b.terms) && a.allMethods().size() == b.allMethods().size()
                    && a.allMethods().isEmpty();
        }
        List<Obj.Func> ma = a.allMethods(), mb = b.allMethods();
        if (ma.size() != mb.size()) return false;
        for (Pair p : seen) {
            if (p.x() == a && p.y() == b || p.x() == b && p.y() == a) return true;
        }
        seen.add(new Pair(a, b));
        for (int i = 0; i < ma.size(); i++) {
            Obj.Func f = ma.get(i), g = mb.get(i);
            if (!sameId(f, g.name(), g.pkg()) || !identical(f.type(), g.type(), seen, it)) return false;
        }
        return true;
    }

    /** Whether obj's name is name as seen from pkg (unexported names are qualified by package). */
    static boolean sameId(Obj obj, String name, Package pkg) {
        if (!obj.name().equals(name)) return false;
        if (obj.exported()) return true;
        return obj.pkg() == pkg || obj.pkg() == null || pkg == null;
    }
}
