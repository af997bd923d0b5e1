package dev.jgo.syntax;

import java.util.List;

/**
 * One parsed source file: its package clause, declarations (imports first, as Go requires)
 * and every directive found in it (including {@code //go:build}).
 */
public record File(Pos pos, String filename, Expr.Ident pkgName, List<Decl> decls,
                   List<Directive> directives) implements Node {}
