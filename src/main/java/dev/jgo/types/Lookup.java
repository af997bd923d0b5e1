package dev.jgo.types;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/** Field and method lookup through embedded fields, and interface satisfaction. */
final class Lookup {
    private Lookup() {}

    /**
     * The outcome of looking up a name: obj is null when not found; ambiguous when found at the
     * shallowest depth more than once; needsPtr when only a pointer receiver method matched on a
     * non-addressable value (obj is then the method).
     */
    record Result(Obj obj, List<Integer> index, boolean indirect, boolean ambiguous, boolean needsPtr) {
        static final Result NONE = new Result(null, List.of(), false, false, false);

        boolean found() {
            return obj != null && !ambiguous && !needsPtr;
        }
    }

    private record Entry(Type type, List<Integer> index, boolean indirect, boolean multiples) {}

    static Result fieldOrMethod(Type t, boolean addressable, Package pkg, String name) {
        if (name.equals("_")) return Result.NONE;
        // A named pointer type has no methods, but the fields of its base type are selectable.
        if (t instanceof Type.Named && t.underlying() instanceof Type.Pointer p) {
            Result r = lookup(p, false, pkg, name);
            return r.obj() instanceof Obj.Func ? Result.NONE : r;
        }
        return lookup(t, addressable, pkg, name);
    }

    private static Result lookup(Type t, boolean addressable, Package pkg, String name) {
        boolean isPtr = false;
        Type base = t;
        if (t instanceof Type.Pointer p) {
            base = p.elem();
            isPtr = true;
        }
        if (isPtr && base.underlying() instanceof Type.Interface) return Result.NONE;
        List<Entry> current = List.of(new Entry(base, List.of(), isPtr, false));
        Set<Type.Named> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!current.isEmpty()) {
            List<Entry> next = new ArrayList<>();
            Obj obj = null;
            List<Integer> index = null;
            boolean indirect = false;
            for (Entry e : current) {
                Type typ = e.type();
                if (typ instanceof Type.Named n) {
                    if (!seen.add(n)) continue;
                    boolean hasMethod = false;
                    for (int i = 0; i < n.methods.size(); i++) {
                        Obj.Func m = n.methods.get(i);
                        if (Predicates.sameId(m, name, pkg)) {
                            if (obj != null || e.multiples()) return ambiguous(index);
                            obj = m;
                            index = append(e.index(), i);
                            indirect = e.indirect();
                            hasMethod = true;
                            break;
                        }
                    }
                    // A method hides the fields of its own type's struct.
                    if (hasMethod) continue;
                    typ = n.underlying();
                }
                switch (typ) {
                    case Type.Struct s -> {
                        for (int i = 0; i < s.fields().size(); i++) {
                            Obj.Var f = s.fields().get(i);
                            if (Predicates.sameId(f, name, pkg)) {
                                if (obj != null || e.multiples()) return ambiguous(append(e.index(), i));
                                obj = f;
                                index = append(e.index(), i);
                                indirect = e.indirect();
                                continue;
                            }
                            if (obj == null && f.embedded()) {
                                Type ft = f.type();
                                boolean ptr = false;
                                if (ft instanceof Type.Pointer p) {
                                    ft = p.elem();
                                    ptr = true;
                                }
                                next.add(new Entry(ft, append(e.index(), i), e.indirect() || ptr, e.multiples()));
                            }
                        }
                    }
                    case Type.Interface it -> {
                        List<Obj.Func> all = it.allMethods();
                        for (int i = 0; i < all.size(); i++) {
                            if (Predicates.sameId(all.get(i), name, pkg)) {
                                if (obj != null || e.multiples()) return ambiguous(append(e.index(), i));
                                obj = all.get(i);
                                index = append(e.index(), i);
                                indirect = e.indirect();
                            }
                        }
                    }
                    default -> {}
                }
            }
            if (obj != null) {
                if (obj instanceof Obj.Func f && f.hasPtrRecv() && !indirect && !addressable) {
                    return new Result(obj, index, false, false, true);
                }
                return new Result(obj, index, indirect, false, false);
            }
            current = consolidate(next);
        }
        return Result.NONE;
    }

    private static Result ambiguous(List<Integer> index) {
        return new Result(Universe.SCOPE.lookup("nil"), index == null ? List.of() : index, false, true, false);
    }

    private static List<Integer> append(List<Integer> l, int i) {
        List<Integer> r = new ArrayList<>(l);
        r.add(i);
        return List.copyOf(r);
    }

    /** Merges entries of the same type found more than once at one depth, marking them multiple. */
    private static List<Entry> consolidate(List<Entry> list) {
        List<Entry> out = new ArrayList<>();
        outer:
        for (Entry e : list) {
            for (int i = 0; i < out.size(); i++) {
                if (Predicates.identical(out.get(i).type(), e.type())) {
                    Entry o = out.get(i);
                    out.set(i, new Entry(o.type(), o.index(), o.indirect(), true));
                    continue outer;
                }
            }
            out.add(e);
        }
        return out;
    }

    /** A method T lacks to implement an interface: the wanted method and what was found instead, if anything. */
    record Missing(Obj.Func want, Obj.Func have) {}

    /**
     * The first method of iface that v lacks (or has with a wrong signature or pointer receiver),
     * or null when v implements iface. When v is an interface and static is false, methods v
     * lacks entirely are ignored (as for type assertions).
     */
    static Missing missingMethod(Type v, Type.Interface iface, boolean static_) {
        if (v.underlying() instanceof Type.Interface vi) {
            for (Obj.Func m : iface.allMethods()) {
                Obj.Func have = find(vi.allMethods(), m);
                if (have == null) {
                    if (static_) return new Missing(m, null);
                } else if (!Predicates.identical(have.type(), m.type())) {
                    return new Missing(m, have);
                }
            }
            return null;
        }
        for (Obj.Func m : iface.allMethods()) {
            Result r = fieldOrMethod(v, false, m.pkg(), m.name());
            if (r.obj() instanceof Obj.Func f && !r.ambiguous()) {
                if (r.needsPtr()) return new Missing(m, f);
                // A signature broken by an earlier error gives no follow-on error.
                if (!Predicates.identical(f.type(), m.type()) && !hasInvalid(f.type()) && !hasInvalid(m.type())) {
                    return new Missing(m, f);
                }
                continue;
            }
            return new Missing(m, otherCase(v, m));
        }
        return null;
    }

    private static boolean hasInvalid(Type t) {
        if (!(t instanceof Type.Signature s)) return t == null || Predicates.isInvalid(t);
        for (Obj.Var v : s.params().vars()) if (Predicates.isInvalid(v.type())) return true;
        for (Obj.Var v : s.results().vars()) if (Predicates.isInvalid(v.type())) return true;
        return false;
    }

    /** A method whose name differs from m's only in case, which gc mentions as a hint. */
    private static Obj.Func otherCase(Type v, Obj.Func m) {
        Type base = v instanceof Type.Pointer p ? p.elem() : v;
        if (base instanceof Type.Named n) {
            for (Obj.Func f : n.methods) {
                if (f.name().equalsIgnoreCase(m.name()) && !f.name().equals(m.name())) return f;
            }
        }
        return null;
    }

    private static Obj.Func find(List<Obj.Func> list, Obj.Func m) {
        for (Obj.Func f : list) {
            if (Predicates.sameId(f, m.name(), m.pkg())) return f;
        }
        return null;
    }

    /** gc's parenthesized reason for a Missing, e.g. "(missing M method)". */
    static String reason(Missing miss, Package local) {
        Obj.Func m = miss.want(), alt = miss.have();
        String mname = m.name() + " method";
        if (alt != null) {
            if (!m.name().equals(alt.name())) {
                return "(missing " + mname + ")\n\t\thave " + funcString(alt, local) + "\n\t\twant " + funcString(m, local);
            }
            if (Predicates.identical(m.type(), alt.type())) return "(" + mname + " has pointer receiver)";
            return "(wrong type for " + mname + ")\n\t\thave " + funcString(alt, local) + "\n\t\twant " + funcString(m, local);
        }
        return "(missing " + mname + ")";
    }

    private static String funcString(Obj.Func f, Package local) {
        return f.name() + TypeString.signature(f.signature(), local);
    }
}
