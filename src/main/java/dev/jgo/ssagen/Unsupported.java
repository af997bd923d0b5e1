package dev.jgo.ssagen;

import dev.jgo.syntax.Expr;
import dev.jgo.syntax.Node;
import dev.jgo.syntax.Pos;
import dev.jgo.syntax.Stmt;

/** A construct the SSA construction does not handle yet; reported at pos, never a crash. */
final class Unsupported extends RuntimeException {
    final Pos pos;

    /** Unsupported use of a syntax node, named as Go programmers name it. */
    static Unsupported of(Node n) {
        String what = switch (n) {
            case Expr.TypeAssert t -> "type assertion";
            case Stmt.TypeSwitch t -> "type switch";
            case Stmt.Go g -> "go statement";
            case Stmt.Send s -> "send statement";
            case Stmt.Select s -> "select statement";
            case Expr.Unary u -> "unary " + u.op();
            default -> n.getClass().getSimpleName();
        };
        return new Unsupported(n.pos(), what);
    }

    Unsupported(Pos pos, String what) {
        super(what + " is not supported yet by jgo's SSA construction");
        this.pos = pos;
    }
}
