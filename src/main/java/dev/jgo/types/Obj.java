package dev.jgo.types;

import dev.jgo.syntax.Pos;
import dev.jgo.types.constant.Value;

/** A named language entity: what an identifier denotes. */
public abstract sealed class Obj permits Obj.Var, Obj.Const, Obj.TypeName, Obj.Func, Obj.PkgName,
        Obj.Label, Obj.Builtin, Obj.Nil {
    private final Pos pos;
    private final String name;
    private final Package pkg;
    Type type;
    /** The scope the object is declared in; null for fields and methods. */
    Scope parent;

    Obj(Pos pos, String name, Package pkg, Type type) {
        this.pos = pos;
        this.name = name;
        this.pkg = pkg;
        this.type = type;
    }

    public Pos pos() { return pos; }
    public String name() { return name; }
    /** The declaring package; null for universe objects. */
    public Package pkg() { return pkg; }
    public Type type() { return type; }
    public Scope parent() { return parent; }

    public boolean exported() {
        return !name.isEmpty() && Character.isUpperCase(name.codePointAt(0));
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + " " + name;
    }

    /** A variable, parameter, result, or struct field. */
    public static final class Var extends Obj {
        final boolean isField;
        final boolean embedded;
        boolean used;

        Var(Pos pos, String name, Package pkg, Type type, boolean isField, boolean embedded) {
            super(pos, name, pkg, type);
            this.isField = isField;
            this.embedded = embedded;
        }

        public static Var of(Pos pos, String name, Package pkg, Type type) {
            return new Var(pos, name, pkg, type, false, false);
        }

        public boolean isField() { return isField; }
        public boolean embedded() { return embedded; }
    }

    public static final class Const extends Obj {
        Value val;

        Const(Pos pos, String name, Package pkg, Type type, Value val) {
            super(pos, name, pkg, type);
            this.val = val;
        }

        public Value val() { return val; }
    }

    public static final class TypeName extends Obj {
        private final boolean alias;

        TypeName(Pos pos, String name, Package pkg, Type type, boolean alias) {
            super(pos, name, pkg, type);
            this.alias = alias;
        }

        /** Whether this name is an alias (type A = B, byte, rune, any). */
        public boolean isAlias() {
            return alias;
        }
    }

    /** A function or method (type is its Signature). */
    public static final class Func extends Obj {
        Func(Pos pos, String name, Package pkg, Type.Signature sig) {
            super(pos, name, pkg, sig);
        }

        public Type.Signature signature() { return (Type.Signature) type; }

        /** Whether this is a method with a pointer receiver. */
        public boolean hasPtrRecv() {
            Type.Signature s = signature();
            return s != null && s.recv() != null && s.recv().type() instanceof Type.Pointer;
        }
    }

    public static final class PkgName extends Obj {
        final Package imported;
        boolean used;

        PkgName(Pos pos, String name, Package pkg, Package imported) {
            super(pos, name, pkg, Universe.INVALID);
            this.imported = imported;
        }

        public Package imported() { return imported; }
    }

    public static final class Label extends Obj {
        boolean used;

        Label(Pos pos, String name, Package pkg) {
            super(pos, name, pkg, Universe.INVALID);
        }
    }

    /** A built-in function (of the universe or of package unsafe). */
    public static final class Builtin extends Obj {
        final BuiltinId id;

        Builtin(BuiltinId id, Package pkg) {
            super(Pos.NONE, id.goName, pkg, Universe.INVALID);
            this.id = id;
        }

        public BuiltinId id() { return id; }
    }

    public static final class Nil extends Obj {
        Nil() {
            super(Pos.NONE, "nil", null, Universe.UNTYPED_NIL);
        }
    }
}
