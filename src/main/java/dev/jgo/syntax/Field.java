package dev.jgo.syntax;

import java.util.List;

/**
 * A parameter, result, struct field or interface element: zero or more names sharing a type.
 * No names means an unnamed parameter, an embedded struct field or an embedded interface
 * element. tag is the struct tag literal, or null.
 */
public record Field(Pos pos, List<Expr.Ident> names, Expr type, Expr.BasicLit tag) implements Node {}
