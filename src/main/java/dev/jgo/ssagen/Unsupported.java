package dev.jgo.ssagen;

import dev.jgo.syntax.Pos;

/** A construct the SSA construction does not handle yet; reported at pos, never a crash. */
final class Unsupported extends RuntimeException {
    final Pos pos;

    /** Unsupported use of a syntax node, named as Go programmers name it. */
    static Unsupported of(dev.jgo.syntax.Node n) {
        String what = switch (n) {
            case dev.jgo.syntax.Expr.TypeAssert t -> "type assertion";
            case dev.jgo.syntax.Stmt.TypeSwitch t -> "type switch";
            case dev.jgo.syntax.Stmt.Defer d -> "defer statement";
            case dev.jgo.syntax.Stmt.Go g -> "go statement";
            case dev.jgo.syntax.Stmt.Send s -> "send statement";
            case dev.jgo.syntax.Stmt.Select s -> "select statement";
            case dev.jgo.syntax.Expr.Unary u -> "unary " + u.op();
            default -> n.getClass().getSimpleName();
        };
        return new Unsupported(n.pos(), what);
    }

    Unsupported(Pos pos, String what) {
        super(what + " is not supported yet by jgo's SSA construction");
        this.pos = pos;
    }
}
