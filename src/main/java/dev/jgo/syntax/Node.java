package dev.jgo.syntax;

/**
 * A node of the syntax tree. Nodes are immutable records; later stages attach facts to them
 * through identity maps (never through {@code equals}, which records define structurally).
 */
public sealed interface Node permits Expr, Stmt, Decl, Spec, Field, File {
    /** Where the node starts (for operators and calls, see the node's own documentation). */
    Pos pos();
}
