package dev.jgo.ssagen;

import dev.jgo.types.Obj;
import dev.jgo.types.Type;
import java.util.List;

/**
 * Type names as the run time and the linker see them. {@link #display} is gc's run-time type
 * string (reflect's Type.String: defined types qualified by package name, {@code byte} written
 * {@code uint8}), which panic messages print; {@link #link} is the same with import paths, unique
 * per type (a type declared in a function gets its position as a suffix), which names the type's descriptor symbol ({@code type.*main.T}) and its itabs.
 */
public final class TypeNames {
    private final boolean paths;
    private final StringBuilder sb = new StringBuilder();

    private TypeNames(boolean paths) {
        this.paths = paths;
    }

    public static String display(Type t) {
        TypeNames w = new TypeNames(false);
        w.type(t);
        return w.sb.toString();
    }

    public static String link(Type t) {
        TypeNames w = new TypeNames(true);
        w.type(t);
        return w.sb.toString();
    }

    /** A method's signature without "func", as interface type strings list methods. */
    static String methodSignature(Type.Signature s) {
        TypeNames w = new TypeNames(false);
        w.signature(s);
        return w.sb.toString();
    }

    private void type(Type t) {
        switch (t) {
            case Type.Basic b -> sb.append(basicName(b));
            case Type.Named n -> {
                Obj.TypeName o = n.obj();
                if (o.pkg() != null) sb.append(paths && !o.pkg().name().equals("main") ? o.pkg().path() : o.pkg().name()).append('.');
                sb.append(o.name());
                // types declared inside functions may share a name: their link names tell them apart
                if (paths && o.pkg() != null && o.parent() != o.pkg().scope()) sb.append('·').append(o.pos().line()).append('_').append(o.pos().col());
            }
            case Type.Pointer p -> {
                sb.append('*');
                type(p.elem());
            }
            case Type.Slice s -> {
                sb.append("[]");
                type(s.elem());
            }
            case Type.Array a -> {
                sb.append('[').append(a.len()).append(']');
                type(a.elem());
            }
            case Type.Map m -> {
                sb.append("map[");
                type(m.key());
                sb.append(']');
                type(m.elem());
            }
            case Type.Chan c -> {
                sb.append(switch (c.dir()) {
                    case BOTH -> "chan ";
                    case SEND -> "chan<- ";
                    case RECV -> "<-chan ";
                });
                type(c.elem());
            }
            case Type.Signature s -> {
                sb.append("func");
                signature(s);
            }
            case Type.Struct s -> struct(s);
            case Type.Interface i -> iface(i);
            default -> sb.append(t);
        }
    }

    private static String basicName(Type.Basic b) {
        return switch (b.kind()) {
            case UINT8 -> "uint8";
            case INT32 -> "int32";
            case UNSAFE_POINTER -> "unsafe.Pointer";
            default -> b.name();
        };
    }

    private void signature(Type.Signature s) {
        sb.append('(');
        List<Obj.Var> ps = s.params().vars();
        for (int i = 0; i < ps.size(); i++) {
            if (i > 0) sb.append(", ");
            if (s.variadic() && i == ps.size() - 1) {
                sb.append("...");
                type(((Type.Slice) ps.get(i).type()).elem());
            } else {
                type(ps.get(i).type());
            }
        }
        sb.append(')');
        List<Obj.Var> rs = s.results().vars();
        if (rs.size() == 1) {
            sb.append(' ');
            type(rs.getFirst().type());
        } else if (rs.size() > 1) {
            sb.append(" (");
            for (int i = 0; i < rs.size(); i++) {
                if (i > 0) sb.append(", ");
                type(rs.get(i).type());
            }
            sb.append(')');
        }
    }

    private void struct(Type.Struct s) {
        if (s.fields().isEmpty()) {
            sb.append("struct {}");
            return;
        }
        sb.append("struct { ");
        for (int i = 0; i < s.fields().size(); i++) {
            Obj.Var f = s.fields().get(i);
            if (i > 0) sb.append("; ");
            if (!f.embedded()) sb.append(f.name()).append(' ');
            type(f.type());
        }
        sb.append(" }");
    }

    private void iface(Type.Interface i) {
        List<Obj.Func> ms = i.allMethods();
        if (ms.isEmpty()) {
            sb.append("interface {}");
            return;
        }
        sb.append("interface { ");
        for (int k = 0; k < ms.size(); k++) {
            if (k > 0) sb.append("; ");
            sb.append(ms.get(k).name());
            signature(ms.get(k).signature());
        }
        sb.append(" }");
    }
}
