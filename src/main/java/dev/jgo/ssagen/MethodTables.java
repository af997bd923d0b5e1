package dev.jgo.ssagen;

import dev.jgo.types.Info;
import dev.jgo.types.MethodSets;
import dev.jgo.types.Obj;
import dev.jgo.types.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Which function implements each method of a type when it is called through an interface: the
 * entries of a type descriptor's method table and of an itab. The function receives the
 * interface's data word as its receiver: for a pointer-shaped type that is the value itself (so
 * T.m), otherwise a pointer to the value (so (*T).m — the method itself when it has a pointer
 * receiver, else the wrapper {@link Wrappers} generates in T's package, as gc does).
 */
public final class MethodTables {
    private MethodTables() {}

    /** A method of a type's method set: its name, signature without receiver, implementing function. */
    public record Method(Obj.Func method, Type.Signature sig, String fn) {
        public String name() {
            return method.name();
        }
    }

    /**
     * The methods a descriptor of t lists, sorted by name: those of a defined type T or a pointer
     * *T (T not an interface); none for other types (they have no wrappers anywhere).
     */
    public static List<Method> of(Type t) {
        Type.Named n = namedBase(t);
        if (n == null) return List.of();
        List<Method> out = new ArrayList<>();
        for (Info.Selection sel : MethodSets.of(t)) {
            Obj.Func m = (Obj.Func) sel.obj();
            out.add(new Method(m, withoutReceiver(m.signature()), implementation(t, n, m.name())));
        }
        return out;
    }

    /** The functions of the itab of concrete type t as interface i, in i's method order. */
    public static List<String> itab(Type t, Type.Interface i) {
        Type.Named n = namedBase(t);
        List<String> out = new ArrayList<>();
        for (Obj.Func m : i.allMethods()) out.add(implementation(t, n, m.name()));
        return out;
    }

    /** Whether the run time stores values of t in the interface word itself (gc's isdirectiface). */
    public static boolean isDirect(Type t) {
        return Kinds.isPointerLike(t);
    }

    /** s as a plain function type (the type an interface method or a method table entry names). */
    public static Type.Signature withoutReceiver(Type.Signature s) {
        return s.recv() == null ? s : new Type.Signature(null, s.params(), s.results(), s.variadic());
    }

    /** The defined type T of t = T or *T (T not an interface), else null. */
    static Type.Named namedBase(Type t) {
        Type b = t instanceof Type.Pointer p ? p.elem() : t;
        if (b instanceof Type.Named n && !(n.underlying() instanceof Type.Interface)) return n;
        return null;
    }

    private static String implementation(Type t, Type.Named n, String method) {
        return function(t instanceof Type.Pointer || !isDirect(t) ? new Type.Pointer(n) : n, method);
    }

    /** Whether recv is T or *T for a defined type T: its methods are functions of T's package. */
    static boolean hasFunctions(Type recv) {
        return (recv instanceof Type.Pointer p ? p.elem() : recv) instanceof Type.Named;
    }

    /**
     * The function that is method m of receiver type recv = T or *T: "pkg.T.m" or "pkg.(*T).m",
     * declared in T's package or generated there as a wrapper (T may be an interface).
     */
    static String function(Type recv, String method) {
        Type.Named n = (Type.Named) (recv instanceof Type.Pointer p ? p.elem() : recv);
        String base = n.obj().name();
        return SsaGen.symbolPrefix(n.obj().pkg()) + "." + (recv instanceof Type.Pointer ? "(*" + base + ")" : base) + "." + method;
    }
}
