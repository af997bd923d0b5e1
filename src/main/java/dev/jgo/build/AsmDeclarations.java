package dev.jgo.build;

import dev.jgo.asm.ArgFrame;
import dev.jgo.asm.ArgVar;
import dev.jgo.syntax.Decl;
import dev.jgo.syntax.File;
import dev.jgo.types.BasicKind;
import dev.jgo.types.Obj;
import dev.jgo.types.Sizes;
import dev.jgo.types.Type;
import dev.jgo.types.Universe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The argument frames (ABI0 layout, go vet's asmdecl names) of a package's functions declared
 * without a body, by qualified name: what the assembler checks the package's TEXTs against.
 */
final class AsmDeclarations {
    private AsmDeclarations() {}

    static Map<String, ArgFrame> of(LoadedPackage p) {
        Map<String, ArgFrame> out = new HashMap<>();
        for (File f : p.files()) {
            for (Decl d : f.decls()) {
                if (d instanceof Decl.FuncDecl fd && fd.body() == null && fd.recv() == null
                        && p.types().scope().lookup(fd.name().name()) instanceof Obj.Func fn) {
                    out.put(Compiler.prefix(p.types()) + "." + fn.name(), frame(fn.signature()));
                }
            }
        }
        return out;
    }

    /** Parameters from offset 0, each at its alignment; results from the next word boundary. */
    static ArgFrame frame(Type.Signature sig) {
        List<ArgVar> vars = new ArrayList<>();
        long off = params(sig.params().vars(), "arg", 0, vars);
        if (sig.results().size() > 0) off = params(sig.results().vars(), "ret", align(off, 8), vars);
        return new ArgFrame(off, vars);
    }

    private static long params(List<Obj.Var> list, String unnamed, long off, List<ArgVar> vars) {
        for (int i = 0; i < list.size(); i++) {
            Obj.Var v = list.get(i);
            off = align(off, Sizes.alignof(v.type()));
            String name = v.name().isEmpty() ? unnamed + (i == 0 ? "" : Integer.toString(i)) : v.name();
            component(name, v.type(), describe(v.type()), off, vars);
            off += Sizes.sizeof(v.type());
        }
        return off;
    }

    private static long align(long off, long a) {
        return (off + a - 1) / a * a;
    }

    /**
     * Adds the variable for t at off and, after it, its components; returns the variable. Only
     * the words of strings, slices, interfaces and complex numbers are its {@code inner} ones
     * (vet lists those in messages, never the fields of a struct or the elements of an array).
     */
    private static ArgVar component(String name, Type t, String desc, long off, List<ArgVar> vars) {
        long size = Sizes.sizeof(t);
        List<ArgVar> inner = new ArrayList<>();
        ArgVar v = new ArgVar(name, kind(t), desc, off, size, inner);
        vars.add(v);
        switch (v.kind()) {
            case STRING -> {
                inner.add(component(name + "_base", ptr(), "string base", off, vars));
                inner.add(component(name + "_len", ptr(), "string len", off + 8, vars));
            }
            case SLICE -> {
                inner.add(component(name + "_base", ptr(), "slice base", off, vars));
                inner.add(component(name + "_len", ptr(), "slice len", off + 8, vars));
                inner.add(component(name + "_cap", ptr(), "slice cap", off + 16, vars));
            }
            case INTERFACE -> {
                boolean empty = ((Type.Interface) t.underlying()).isEmpty();
                inner.add(component(name + (empty ? "_type" : "_itable"), ptr(), empty ? "interface type" : "interface itable", off, vars));
                inner.add(component(name + "_data", ptr(), "interface data", off + 8, vars));
            }
            case COMPLEX -> {
                boolean c64 = size == 8;
                Type part = c64 ? Universe.FLOAT32 : Universe.FLOAT64;
                inner.add(component(name + "_real", part, "real(complex" + size * 8 + ")", off, vars));
                inner.add(component(name + "_imag", part, "imag(complex" + size * 8 + ")", off + size / 2, vars));
            }
            case STRUCT -> {
                Type.Struct s = (Type.Struct) t.underlying();
                long[] offsets = Sizes.offsetsof(s);
                for (int i = 0; i < s.fields().size(); i++) {
                    Obj.Var f = s.fields().get(i);
                    component(name + "_" + f.name(), f.type(), describe(f.type()), off + offsets[i], vars);
                }
            }
            case ARRAY -> {
                Type.Array a = (Type.Array) t.underlying();
                long stride = align(Sizes.sizeof(a.elem()), Sizes.alignof(a.elem()));
                for (int i = 0; i < a.len(); i++) {
                    component(name + "_" + i, a.elem(), describe(a.elem()), off + i * stride, vars);
                }
            }
            case SCALAR -> { }
        }
        return v;
    }

    private static Type ptr() {
        return Universe.UINTPTR;
    }

    private static ArgVar.Kind kind(Type t) {
        return switch (t.underlying()) {
            case Type.Basic b when b.kind() == BasicKind.STRING -> ArgVar.Kind.STRING;
            case Type.Basic b when b.kind() == BasicKind.COMPLEX64 || b.kind() == BasicKind.COMPLEX128 -> ArgVar.Kind.COMPLEX;
            case Type.Struct s -> ArgVar.Kind.STRUCT;
            case Type.Interface i -> ArgVar.Kind.INTERFACE;
            case Type.Array a -> ArgVar.Kind.ARRAY;
            case Type.Slice s -> ArgVar.Kind.SLICE;
            default -> ArgVar.Kind.SCALAR;
        };
    }

    /** A type as go/types prints it in vet's messages: defined types qualified by import path. */
    private static String describe(Type t) {
        return switch (t) {
            case Type.Named n -> (n.obj().pkg() == null ? "" : n.obj().pkg().path() + ".") + n.obj().name();
            case Type.Pointer p -> "*" + describe(p.elem());
            case Type.Slice s -> "[]" + describe(s.elem());
            case Type.Array a -> "[" + a.len() + "]" + describe(a.elem());
            case Type.Map m -> "map[" + describe(m.key()) + "]" + describe(m.elem());
            case Type.Chan c -> "chan " + describe(c.elem());
            case Type.Basic b -> b.name();
            default -> t.toString();
        };
    }
}
