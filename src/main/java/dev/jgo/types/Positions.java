package dev.jgo.types;

import dev.jgo.syntax.Expr;
import dev.jgo.syntax.Pos;

/** Where gc reports an error about an expression: its start, except that a slice expression starts at its '['. */
final class Positions {
    private Positions() {}

    static Pos start(Expr e) {
        while (true) {
            switch (e) {
                case Expr.Selector s -> e = s.x();
                case Expr.Index i -> e = i.x();
                case Expr.TypeAssert t -> e = t.x();
                case Expr.Call c -> e = c.fun();
                case Expr.Binary b -> e = b.x();
                case Expr.CompositeLit c when c.type() != null -> e = c.type();
                case Expr.Slice s -> {
                    return s.lbrack();
                }
                default -> {
                    return e.pos();
                }
            }
        }
    }
}
