package dev.jgo.types;

import dev.jgo.syntax.Expr;
import dev.jgo.syntax.Stmt;
import java.util.List;

/** The spec's terminating statements, for the "missing return" check. */
final class Terminating {
    /** Whether s terminates; label is the label of s, if any; info tells which panic is the built-in one. */
    static boolean isTerminating(Stmt s, String label, Info info) {
        return new Terminating(info).terminates(s, label);
    }

    private final Info info;

    private Terminating(Info info) {
        this.info = info;
    }

    private boolean terminates(Stmt s, String label) {
        return switch (s) {
            case Stmt.Return r -> true;
            case Stmt.Branch b -> b.kind() == dev.jgo.syntax.Token.GOTO || b.kind() == dev.jgo.syntax.Token.FALLTHROUGH;
            case Stmt.ExprStmt e -> isPanicCall(e.x());
            case Stmt.Block b -> isTerminatingList(b.stmts(), null);
            case Stmt.Labeled l -> terminates(l.stmt(), l.label().name());
            case Stmt.If i -> i.els() != null && terminates(i.then(), null) && terminates(i.els(), null);
            case Stmt.For f -> f.cond() == null && !hasBreak(f.body(), label, true);
            case Stmt.Switch sw -> clausesTerminate(sw.clauses(), label);
            case Stmt.TypeSwitch ts -> clausesTerminate(ts.clauses(), label);
            case Stmt.Select sel -> {
                for (Stmt.CommClause cc : sel.clauses()) {
                    if (!isTerminatingList(cc.body(), null) || hasBreakList(cc.body(), label, true)) yield false;
                }
                yield true;
            }
            default -> false;
        };
    }

    private boolean isPanicCall(Expr e) {
        while (e instanceof Expr.Paren p) e = p.x();
        return e instanceof Expr.Call call && call.fun() instanceof Expr.Ident id
                && info.uses.get(id) instanceof Obj.Builtin b && b.id() == BuiltinId.PANIC;
    }

    private boolean clausesTerminate(List<Stmt.CaseClause> clauses, String label) {
        boolean hasDefault = false;
        for (Stmt.CaseClause cc : clauses) {
            if (cc.list() == null) hasDefault = true;
            if (!isTerminatingList(cc.body(), null) || hasBreakList(cc.body(), label, true)) return false;
        }
        return hasDefault;
    }

    private boolean isTerminatingList(List<Stmt> list, String label) {
        int n = list.size();
        while (n > 0 && list.get(n - 1) instanceof Stmt.Empty) n--;
        return n > 0 && terminates(list.get(n - 1), label);
    }

    private static boolean hasBreakList(List<Stmt> list, String label, boolean implicit) {
        for (Stmt s : list) if (hasBreak(s, label, implicit)) return true;
        return false;
    }

    /** Whether s contains a break out of the enclosing statement (unlabeled if implicit, or to label). */
    private static boolean hasBreak(Stmt s, String label, boolean implicit) {
        return switch (s) {
            case Stmt.Branch b -> b.kind() == dev.jgo.syntax.Token.BREAK
                    && (b.label() == null ? implicit : b.label().name().equals(label));
            case Stmt.Block b -> hasBreakList(b.stmts(), label, implicit);
            case Stmt.Labeled l -> hasBreak(l.stmt(), label, implicit);
            case Stmt.If i -> hasBreak(i.then(), label, implicit) || i.els() != null && hasBreak(i.els(), label, implicit);
            case Stmt.CaseClause cc -> hasBreakList(cc.body(), label, implicit);
            case Stmt.CommClause cc -> hasBreakList(cc.body(), label, implicit);
            case Stmt.Switch sw -> label != null && sw.clauses().stream().anyMatch(cc -> hasBreak(cc, label, false));
            case Stmt.TypeSwitch ts -> label != null && ts.clauses().stream().anyMatch(cc -> hasBreak(cc, label, false));
            case Stmt.Select sel -> label != null && sel.clauses().stream().anyMatch(cc -> hasBreak(cc, label, false));
            case Stmt.For f -> label != null && hasBreak(f.body(), label, false);
            case Stmt.Range r -> label != null && hasBreak(r.body(), label, false);
            default -> false;
        };
    }
}
