package dev.jgo.types;

import dev.jgo.syntax.Decl;
import dev.jgo.syntax.Expr;
import dev.jgo.syntax.Spec;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The syntax of one package-level declaration and what it depends on. */
final class DeclInfo {
    final Scope fileScope;
    /** For var a, b = f(): all the variables sharing init; otherwise null. */
    List<Obj.Var> lhs;
    Expr typ;
    Expr init;
    int iota;
    /** For a constant: whether its initializer is repeated implicitly from an earlier spec. */
    boolean inherited;
    Spec.Type tspec;
    Decl.FuncDecl fdecl;
    /** Package-level objects used by the declaration, in order of first use (objects compare by identity). */
    final Set<Obj> deps = new LinkedHashSet<>();

    DeclInfo(Scope fileScope) {
        this.fileScope = fileScope;
    }

    void addDep(Obj o) {
        deps.add(o);
    }
}
