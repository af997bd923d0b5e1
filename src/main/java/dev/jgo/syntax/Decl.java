package dev.jgo.syntax;

import java.util.List;

/** Top-level and local declarations. */
public sealed interface Decl extends Node {

    record Bad(Pos pos) implements Decl {}

    /**
     * An import, const, type or var declaration (tok), grouped in parentheses or not, with the
     * directives written just before it.
     */
    record GenDecl(Pos pos, Token tok, List<Spec> specs, boolean grouped, List<Directive> directives)
            implements Decl {}

    /** A function or method; recv is null for a function, body null for a body-less declaration. */
    record FuncDecl(Pos pos, Field recv, Expr.Ident name, Expr.FuncType type, Stmt.Block body,
                    List<Directive> directives) implements Decl {}
}
