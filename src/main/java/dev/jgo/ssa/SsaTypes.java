package dev.jgo.ssa;

import dev.jgo.types.BasicKind;
import dev.jgo.types.Obj;
import dev.jgo.types.Type;

/**
 * The types SSA needs beyond Go's, and the way dumps spell types. The memory state and "no value"
 * are not Go types: they are represented as distinct Basic types of the invalid kind (the
 * lowering adds the flags register the same way), recognized by identity, so every Value's type is a {@link Type} of the checker.
 * A call's result is the callee's result {@link Type.Tuple}; memory follows it implicitly at index
 * {@code tuple.size()}.
 */
public final class SsaTypes {
    private SsaTypes() {}

    public static final Type.Basic MEM = new Type.Basic(BasicKind.INVALID, "mem");
    public static final Type.Basic VOID = new Type.Basic(BasicKind.INVALID, "void");

    public static boolean isMemory(Type t) {
        return t == MEM;
    }

    public static boolean isVoid(Type t) {
        return t == VOID;
    }

    /**
     * Whether a value of t can be an SSA value, made of register-sized leaves: no array of length
     * > 1 anywhere inside, except inside an array of length 0, which has no leaves whatever its
     * element ({@code [0][4]float32}); so every type the ABI may assign to registers is one. A
     * value of any other type is always a load of some memory, moved whole where it is stored, so
     * it must be used before that memory changes (see docs/ssagen.md).
     */
    public static boolean ssaAble(Type t) {
        return switch (t.underlying()) {
            case Type.Array a -> a.len() == 0 || a.len() == 1 && ssaAble(a.elem());
            case Type.Struct s -> s.fields().stream().allMatch(f -> ssaAble(f.type()));
            default -> true;
        };
    }

    /** Whether t is a Go boolean type (named or not). */
    public static boolean isBoolean(Type t) {
        return t != null && t.underlying() instanceof Type.Basic b && b.kind().isBoolean();
    }

    /** The type as dumps print it between angle brackets. */
    public static String toString(Type t) {
        StringBuilder sb = new StringBuilder();
        write(sb, t, 0);
        return sb.toString();
    }

    /** Nesting beyond this prints "…": a recursive type reached through a literal stops there. */
    private static final int MAX_DEPTH = 8;

    private static void write(StringBuilder sb, Type t, int depth) {
        if (depth > MAX_DEPTH) {
            sb.append('…');
            return;
        }
        int d = depth + 1;
        switch (t) {
            case null -> sb.append("<nil>");
            case Type.Basic b -> sb.append(b.name());
            case Type.Named n -> {
                Obj.TypeName o = n.obj();
                if (o.pkg() != null) sb.append(o.pkg().name()).append('.');
                sb.append(o.name());
            }
            case Type.Pointer p -> write(sb.append('*'), p.elem(), d);
            case Type.Slice s -> write(sb.append("[]"), s.elem(), d);
            case Type.Array a -> write(sb.append('[').append(a.len()).append(']'), a.elem(), d);
            case Type.Map m -> {
                write(sb.append("map["), m.key(), d);
                write(sb.append(']'), m.elem(), d);
            }
            case Type.Chan c -> {
                sb.append(switch (c.dir()) {
                    case BOTH -> "chan ";
                    case SEND -> "chan<- ";
                    case RECV -> "<-chan ";
                });
                write(sb, c.elem(), d);
            }
            case Type.Struct s -> {
                sb.append("struct {");
                for (int i = 0; i < s.fields().size(); i++) {
                    Obj.Var f = s.fields().get(i);
                    write(sb.append(i == 0 ? " " : "; ").append(f.name()).append(' '), f.type(), d);
                }
                sb.append(s.fields().isEmpty() ? "}" : " }");
            }
            case Type.Tuple tu -> tuple(sb, tu, ",", d);
            case Type.Signature sig -> {
                tuple(sb.append("func"), sig.params(), ", ", d);
                if (sig.results().size() == 1) write(sb.append(' '), sig.results().at(0), d);
                if (sig.results().size() > 1) tuple(sb.append(' '), sig.results(), ", ", d);
            }
            case Type.Interface i -> sb.append(i.isEmpty() ? "interface {}" : "interface { … }");
        }
    }

    /** A tuple in parentheses: SSA tuples are written without spaces, as gc does, signatures with. */
    private static void tuple(StringBuilder sb, Type.Tuple t, String separator, int depth) {
        sb.append('(');
        for (int i = 0; i < t.size(); i++) {
            if (i > 0) sb.append(separator);
            write(sb, t.at(i), depth);
        }
        sb.append(')');
    }
}
