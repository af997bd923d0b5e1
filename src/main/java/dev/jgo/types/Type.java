package dev.jgo.types;

import java.util.ArrayList;
import java.util.List;

/**
 * A Go type. Structural types are records; {@link Named} is a mutable class because its
 * underlying type and methods are filled in after the name is declared (types may refer to
 * themselves). Identity is decided by {@link Predicates#identical}, never by {@code equals}.
 */
public sealed interface Type {

    /** The type's underlying type; for everything but Named the type itself. */
    default Type underlying() {
        return this;
    }

    /** A predeclared type (or an untyped constant kind, unsafe.Pointer or the invalid type). */
    record Basic(BasicKind kind, String name) implements Type {
        @Override
        public String toString() {
            return name;
        }
    }

    record Pointer(Type elem) implements Type {}

    record Slice(Type elem) implements Type {}

    /** An array; len is -1 while unknown (after an error). */
    record Array(Type elem, long len) implements Type {}

    record Map(Type key, Type elem) implements Type {}

    record Chan(ChanDir dir, Type elem) implements Type {}

    /** The fields are Vars (isField); tags parallel them, "" where absent. */
    record Struct(List<Obj.Var> fields, List<String> tags) implements Type {}

    /** The types of a multi-valued expression, or of a signature's parameters or results. */
    record Tuple(List<Obj.Var> vars) implements Type {
        public static final Tuple EMPTY = new Tuple(List.of());

        public int size() {
            return vars.size();
        }

        public Type at(int i) {
            return vars.get(i).type();
        }
    }

    /** A function type; recv is null for functions and function types. */
    record Signature(Obj.Var recv, Tuple params, Tuple results, boolean variadic) implements Type {}

    /**
     * An interface. methods are the explicitly declared ones, embedded the embedded types; the
     * complete method set (sorted by name) and type-set terms are computed on completion.
     * A non-empty terms list (or comparable) marks a constraint interface.
     */
    final class Interface implements Type {
        final List<Obj.Func> methods = new ArrayList<>();
        final List<Type> embedded = new ArrayList<>();
        final List<Term> terms = new ArrayList<>();
        List<Obj.Func> allMethods;
        /** Computes allMethods from the embedded interfaces once they are declared. */
        Runnable completer;
        boolean isComparable;
        boolean hasTerms;

        public List<Obj.Func> methods() {
            return methods;
        }

        public List<Type> embedded() {
            return embedded;
        }

        /** Every method, including those of embedded interfaces, sorted by name. */
        public List<Obj.Func> allMethods() {
            if (allMethods == null && completer != null) {
                Runnable r = completer;
                completer = null;
                r.run();
                if (allMethods == null) completer = r;
            }
            return allMethods == null ? methods : allMethods;
        }

        /** Whether this interface constrains type parameters only (has terms or comparable). */
        public boolean isConstraint() {
            return hasTerms || isComparable;
        }

        public boolean isEmpty() {
            return allMethods().isEmpty() && !isConstraint();
        }
    }

    /** A term of a union in a constraint interface: {@code T} or {@code ~T}. */
    record Term(boolean tilde, Type type) {}

    /** A defined type. */
    final class Named implements Type {
        final Obj.TypeName obj;
        Type declared;
        final List<Obj.Func> methods = new ArrayList<>();
        private boolean resolving;

        Named(Obj.TypeName obj) {
            this.obj = obj;
        }

        public Obj.TypeName obj() {
            return obj;
        }

        /** Methods declared with this type as receiver base, in source order. */
        public List<Obj.Func> methods() {
            return methods;
        }

        /** The type this one was declared as (another Named possibly). */
        public Type declared() {
            return declared;
        }

        @Override
        public Type underlying() {
            if (declared == null || resolving) return Universe.INVALID;
            if (!(declared instanceof Named n)) return declared;
            resolving = true;
            try {
                return n.underlying();
            } finally {
                resolving = false;
            }
        }

        @Override
        public String toString() {
            return obj.name();
        }
    }

    enum ChanDir { BOTH, SEND, RECV }
}
