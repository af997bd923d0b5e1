package dev.jgo.types;

import dev.jgo.syntax.Expr;
import dev.jgo.syntax.Node;
import dev.jgo.types.constant.Value;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts the checker records for later stages. Every map is keyed by AST node identity (the
 * nodes are records whose equals is structural, so two equal-looking expressions are distinct).
 */
public final class Info {
    /** How an expression was classified. */
    public enum Mode { NOVALUE, BUILTIN, TYPE, CONSTANT, VARIABLE, MAPINDEX, VALUE, COMMAOK }

    /** The type (and constant value, for constants) of an expression. */
    public record TypeAndValue(Mode mode, Type type, Value value) {}

    /**
     * A field or method selected by x.f: kind, the object, the index path through embedded fields
     * (the last index is the field or method's own), and whether a pointer was dereferenced on the way.
     */
    public record Selection(Kind kind, Type recv, Obj obj, List<Integer> index, boolean indirect) {
        public enum Kind { FIELD, METHOD_VAL, METHOD_EXPR }
    }

    /** One package-level variable initialization: lhs (one, or several for a multi-value rhs) = rhs. */
    public record Initializer(List<Obj.Var> lhs, Expr rhs) {}

    public final Map<Expr, TypeAndValue> types = new IdentityHashMap<>();
    /** Identifiers that declare objects (nil for the blank identifier or a symbolic type switch binding). */
    public final Map<Expr.Ident, Obj> defs = new IdentityHashMap<>();
    public final Map<Expr.Ident, Obj> uses = new IdentityHashMap<>();
    /** Objects without their own identifier: a type switch case's variable (keyed by CaseClause), an anonymous field's var, an import's package name. */
    public final Map<Node, Obj> implicits = new IdentityHashMap<>();
    public final Map<Expr.Selector, Selection> selections = new IdentityHashMap<>();
    /** The scopes opened by nodes (file, function type, blocks, clauses, statements with init). */
    public final Map<Node, Scope> scopes = new IdentityHashMap<>();
    /** Package-level variable initializations in execution order. */
    public final List<Initializer> initOrder = new ArrayList<>();

    /** The type of e, or null when it was not recorded. */
    public Type typeOf(Expr e) {
        TypeAndValue tv = types.get(e);
        return tv == null ? null : tv.type();
    }

    /** The object an identifier defines or uses. */
    public Obj objectOf(Expr.Ident id) {
        Obj o = defs.get(id);
        return o != null ? o : uses.get(id);
    }
}
