package dev.jgo.syntax;

import java.util.List;

/** The specs inside a GenDecl. */
public sealed interface Spec extends Node {

    /** {@code import name "path"}; name is null when absent, or "." or "_". */
    record Import(Pos pos, Expr.Ident name, Expr.BasicLit path) implements Spec {}

    /**
     * One line of a const or var declaration. For a const spec that repeats the previous
     * expression list implicitly, type and values are empty/null; iota is the spec's index in
     * its group (0 outside groups).
     */
    record Value(Pos pos, List<Expr.Ident> names, Expr type, List<Expr> values, int iota) implements Spec {}

    /** {@code type name T} or, with alias, {@code type name = T}. */
    record Type(Pos pos, Expr.Ident name, boolean alias, Expr type) implements Spec {}
}
