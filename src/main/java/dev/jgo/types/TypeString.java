package dev.jgo.types;

import java.util.List;

/**
 * Writes types as gc prints them in messages: types of the package being checked unqualified,
 * others qualified by package name.
 */
final class TypeString {
    private final Package local;
    private final StringBuilder sb = new StringBuilder();
    private final java.util.Set<Type> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    private TypeString(Package local) {
        this.local = local;
    }

    static String of(Type t, Package local) {
        TypeString w = new TypeString(local);
        w.type(t);
        return w.sb.toString();
    }

    /** A signature without the leading "func", as in method lists. */
    static String signature(Type.Signature s, Package local) {
        TypeString w = new TypeString(local);
        w.sig(s);
        return w.sb.toString();
    }

    private void type(Type t) {
        if (t == null) {
            sb.append("<nil>");
            return;
        }
        if (!(t instanceof Type.Named) && !seen.add(t)) {
            sb.append("○");
            return;
        }
        try {
            write(t);
        } finally {
            seen.remove(t);
        }
    }

    private void write(Type t) {
        switch (t) {
            case Type.Basic b -> sb.append(b.name());
            case Type.Array a -> {
                sb.append('[').append(a.len() < 0 ? "?" : Long.toString(a.len())).append(']');
                type(a.elem());
            }
            case Type.Slice s -> {
                sb.append("[]");
                type(s.elem());
            }
            case Type.Pointer p -> {
                sb.append('*');
                type(p.elem());
            }
            case Type.Map m -> {
                sb.append("map[");
                type(m.key());
                sb.append(']');
                type(m.elem());
            }
            case Type.Chan c -> {
                boolean parens = false;
                switch (c.dir()) {
                    case BOTH -> {
                        sb.append("chan ");
                        parens = c.elem() instanceof Type.Chan e && e.dir() == Type.ChanDir.RECV;
                    }
                    case SEND -> sb.append("chan<- ");
                    case RECV -> sb.append("<-chan ");
                }
                if (parens) sb.append('(');
                type(c.elem());
                if (parens) sb.append(')');
            }
            case Type.Struct s -> {
                sb.append("struct{");
                for (int i = 0; i < s.fields().size(); i++) {
                    if (i > 0) sb.append("; ");
                    Obj.Var f = s.fields().get(i);
                    if (!f.embedded()) sb.append(f.name()).append(' ');
                    type(f.type());
                    String tag = s.tags().get(i);
                    if (!tag.isEmpty()) sb.append(' ').append(quote(tag));
                }
                sb.append('}');
            }
            case Type.Tuple tu -> tuple(tu, false);
            case Type.Signature s -> {
                sb.append("func");
                sig(s);
            }
            case Type.Interface i -> iface(i);
            case Type.Named n -> named(n);
        }
    }

    private void named(Type.Named n) {
        Package p = n.obj().pkg();
        if (p != null && p != local) sb.append(p.name()).append('.');
        sb.append(n.obj().name());
    }

    private void iface(Type.Interface i) {
        if (i == Universe.ANY) {
            sb.append("any");
            return;
        }
        if (i.isComparable && i.methods.isEmpty() && i.embedded.isEmpty()) {
            sb.append("interface{comparable}");
            return;
        }
        sb.append("interface{");
        boolean first = true;
        for (Obj.Func m : i.methods) {
            if (!first) sb.append("; ");
            first = false;
            sb.append(m.name());
            sig(m.signature());
        }
        for (Type e : i.embedded) {
            if (!first) sb.append("; ");
            first = false;
            type(e);
        }
        for (int k = 0; k < i.terms.size(); k++) {
            if (k == 0 && !first) sb.append("; ");
            if (k > 0) sb.append(" | ");
            first = false;
            Type.Term term = i.terms.get(k);
            if (term.tilde()) sb.append('~');
            type(term.type());
        }
        sb.append('}');
    }

    private void sig(Type.Signature s) {
        tuple(s.params(), s.variadic());
        List<Obj.Var> res = s.results().vars();
        if (res.isEmpty()) return;
        sb.append(' ');
        if (res.size() == 1 && res.get(0).name().isEmpty()) {
            type(res.get(0).type());
            return;
        }
        tuple(s.results(), false);
    }

    private void tuple(Type.Tuple t, boolean variadic) {
        sb.append('(');
        List<Obj.Var> vars = t.vars();
        for (int i = 0; i < vars.size(); i++) {
            if (i > 0) sb.append(", ");
            Obj.Var v = vars.get(i);
            if (!v.name().isEmpty()) sb.append(v.name()).append(' ');
            Type ty = v.type();
            if (variadic && i == vars.size() - 1 && ty instanceof Type.Slice sl) {
                sb.append("...");
                type(sl.elem());
            } else {
                type(ty);
            }
        }
        sb.append(')');
    }

    /** Go's strconv.Quote for the printable subset; other characters as \\u escapes. */
    static String quote(String s) {
        StringBuilder q = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\t' -> q.append("\\t");
                case '\r' -> q.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) q.append(String.format("\\x%02x", c));
                    else q.appendCodePoint(c);
                }
            }
        });
        return q.append('"').toString();
    }
}
