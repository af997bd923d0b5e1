package dev.jgo.types;

import dev.jgo.syntax.AstPrinter;
import dev.jgo.syntax.Expr;
import dev.jgo.syntax.Pos;
import dev.jgo.syntax.Stmt;
import dev.jgo.syntax.Token;
import dev.jgo.types.Operand.Mode;
import dev.jgo.types.constant.Constant;
import dev.jgo.types.constant.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Checks function bodies and statements. */
final class Stmts {
    private final Checker c;
    /** The function being checked (innermost closure last). */
    private Func fn;

    private record Func(Func outer, Type.Signature sig, Scope scope, List<Obj.Var> vars) {}

    Stmts(Checker c) {
        this.c = c;
    }

    void funcBody(String name, Scope scope, Type.Signature sig, Stmt.Block body) {
        Func saved = fn;
        fn = new Func(saved, sig, scope, new ArrayList<>());
        c.info.scopes.put(body, scope);
        try {
            stmtList(body.stmts(), scope);
            Labels.check(c, body);
            if (!sig.results().vars().isEmpty() && !Terminating.isTerminating(body, null, c.info)) {
                c.error(body.rbrace(), "missing return");
            }
            fn.vars().stream().filter(v -> !v.used).sorted(Comparator.comparing(Obj::pos))
                    .forEach(v -> c.error(v.pos(), v.name() + " declared but not used"));
        } finally {
            fn = saved;
        }
    }

    /** Registers a local variable for the unused-variable check. */
    void declaredVar(Obj.Var v) {
        if (fn != null && !v.name().equals("_")) fn.vars().add(v);
    }

    private void stmtList(List<Stmt> list, Scope s) {
        for (Stmt st : list) stmt(st, s);
    }

    private Scope open(dev.jgo.syntax.Node n, Scope s, String what) {
        Scope inner = new Scope(s, false, what);
        c.info.scopes.put(n, inner);
        return inner;
    }

    void stmt(Stmt st, Scope s) {
        var saved = c.at;
        c.at = st.pos();
        try {
            stmtInternal(st, s);
        } finally {
            c.at = saved;
        }
    }

    private void stmtInternal(Stmt st, Scope s) {
        switch (st) {
            case Stmt.Bad b -> {}
            case Stmt.Empty e -> {}
            case Stmt.DeclStmt d -> c.decl.localGenDecl(d.decl(), s);
            case Stmt.Labeled l -> stmt(l.stmt(), s);
            case Stmt.ExprStmt e -> exprStmt(e, s);
            case Stmt.Send snd -> send(snd, s);
            case Stmt.IncDec inc -> {
                Operand x = new Operand();
                c.exprs.expr(x, inc.x(), s);
                if (x.invalid()) return;
                if (!Predicates.isNumeric(x.type)) {
                    String op = inc.inc() ? "++" : "--";
                    c.error(inc.x(), "invalid operation: " + AstPrinter.print(inc.x()) + op + " (non-numeric type " + c.str(x.type) + ")");
                    return;
                }
                Expr one = new Expr.BasicLit(inc.pos(), Token.INT, "1");
                c.ops.binary(x, null, inc.x(), one, inc.inc() ? Token.ADD : Token.SUB, s);
                if (x.invalid()) return;
                c.assign.assignVar(inc.x(), x, s);
            }
            case Stmt.Assign a -> assign(a, s);
            case Stmt.Go g -> suspended("go", g.call(), s);
            case Stmt.Defer d -> suspended("defer", d.call(), s);
            case Stmt.Return r -> returnStmt(r, s);
            case Stmt.Branch b -> {}
            case Stmt.Block b -> stmtList(b.stmts(), open(b, s, "block"));
            case Stmt.If i -> ifStmt(i, s);
            case Stmt.Switch sw -> switchStmt(sw, s);
            case Stmt.TypeSwitch ts -> new TypeSwitches(c, this).check(ts, s);
            case Stmt.Select sel -> select(sel, s);
            case Stmt.For f -> {
                Scope inner = open(f, s, "for");
                if (f.init() != null) stmt(f.init(), inner);
                if (f.cond() != null) {
                    Operand x = new Operand();
                    c.exprs.expr(x, f.cond(), inner);
                    if (!x.invalid() && !Predicates.isBoolean(x.type)) c.error(f.cond(), "non-boolean condition in for statement");
                }
                if (f.post() != null) {
                    if (f.post() instanceof Stmt.Assign a && a.op() == Token.DEFINE) {
                        c.error(f.post(), "cannot declare in post statement of for loop");
                    } else {
                        stmt(f.post(), inner);
                    }
                }
                stmt(f.body(), inner);
            }
            case Stmt.Range r -> new Ranges(c, this).check(r, s);
            case Stmt.CaseClause cc -> {}
            case Stmt.CommClause cc -> {}
        }
    }

    private void exprStmt(Stmt.ExprStmt e, Scope s) {
        Operand x = new Operand();
        c.exprs.rawExpr(x, e.x(), s, null);
        String msg;
        switch (x.mode) {
            case INVALID -> { return; }
            case BUILTIN -> msg = "must be called";
            case TYPEXPR -> msg = "is not an expression";
            default -> {
                if (isStatement(e.x(), x)) return;
                msg = "is not used";
            }
        }
        c.error(x.pos(), c.str(x) + " " + msg);
    }

    /** Whether the checked expression may stand alone: a function call or a receive. */
    private boolean isStatement(Expr e, Operand x) {
        while (e instanceof Expr.Paren p) e = p.x();
        if (e instanceof Expr.Unary u && u.op() == Token.ARROW) return true;
        if (!(e instanceof Expr.Call call)) return false;
        Info.TypeAndValue fun = c.info.types.get(call.fun());
        Expr f = call.fun();
        while (f instanceof Expr.Paren p) f = p.x();
        if (fun != null && fun.mode() == Info.Mode.TYPE) return false;
        Obj o = f instanceof Expr.Ident id ? c.info.uses.get(id) : f instanceof Expr.Selector sel ? c.info.uses.get(sel.sel()) : null;
        if (o instanceof Obj.Builtin b) return b.id().isStatement;
        return fun == null || fun.mode() != Info.Mode.TYPE;
    }

    private void suspended(String keyword, Expr call, Scope s) {
        Operand x = new Operand();
        Expr e = call;
        if (!(e instanceof Expr.Call)) {
            c.exprs.rawExpr(x, call, s, null);
            c.error(call, "expression in " + keyword + " must be function call");
            return;
        }
        c.exprs.rawExpr(x, call, s, null);
        if (x.invalid()) return;
        Expr.Call ce = (Expr.Call) e;
        Info.TypeAndValue fun = c.info.types.get(ce.fun());
        String msg;
        if (fun != null && fun.mode() == Info.Mode.TYPE) {
            msg = "requires function call, not conversion";
        } else if (!isStatement(e, x)) {
            msg = "discards result of";
        } else {
            return;
        }
        c.error(x.pos(), keyword + " " + msg + " " + c.str(x));
    }

    private void send(Stmt.Send snd, Scope s) {
        Operand ch = new Operand(), val = new Operand();
        c.exprs.expr(ch, snd.ch(), s);
        c.exprs.expr(val, snd.value(), s);
        if (ch.invalid() || val.invalid()) return;
        if (!(ch.type.underlying() instanceof Type.Chan t)) {
            c.error(snd.pos(), "invalid operation: cannot send to non-channel " + c.str(ch));
            return;
        }
        if (t.dir() == Type.ChanDir.RECV) {
            c.error(snd.pos(), "invalid operation: cannot send to receive-only channel " + c.str(ch));
            return;
        }
        c.assign.assignment(val, t.elem(), "send");
    }

    private void assign(Stmt.Assign a, Scope s) {
        switch (a.op()) {
            case ASSIGN -> c.assign.assignVars(a.lhs(), a.rhs(), s);
            case DEFINE -> c.assign.shortVarDecl(a, s);
            default -> {
                if (a.lhs().size() != 1 || a.rhs().size() != 1) {
                    c.error(a.opPos(), "assignment operation " + a.op().text() + " requires single-valued expressions");
                    return;
                }
                Operand x = new Operand();
                c.ops.binary(x, null, a.lhs().get(0), a.rhs().get(0), a.op().assignOp(), s);
                if (x.invalid()) return;
                c.assign.assignVar(a.lhs().get(0), x, s);
            }
        }
    }

    private void returnStmt(Stmt.Return r, Scope s) {
        Type.Tuple res = fn.sig().results();
        if (r.results().isEmpty()) {
            if (res.size() == 0) return;
            if (!res.vars().get(0).name().isEmpty()) {
                for (Obj.Var v : res.vars()) {
                    Obj alt = s.lookupParent(v.name());
                    if (alt != null && alt != v && !v.name().equals("_")) {
                        c.error(r.pos(), "result parameter " + v.name() + " not in scope at return\n\t"
                                + alt.pos() + ": inner declaration of var " + v.name() + " " + c.str(alt.type()));
                    }
                }
                return;
            }
            List<Type> want = new ArrayList<>();
            for (Obj.Var v : res.vars()) want.add(v.type());
            c.error(r.pos(), "not enough return values\n\thave ()\n\twant " + c.calls.typesSummary(want, false));
            return;
        }
        if (res.size() == 0) {
            List<Operand> xs = c.calls.exprList(r.results(), s, false);
            for (Operand x : xs) if (x.invalid()) return;
            List<Type> have = new ArrayList<>();
            for (Operand x : xs) have.add(x.type);
            c.error(r.results().get(0), "too many return values\n\thave " + c.calls.typesSummary(have, false) + "\n\twant ()");
            return;
        }
        c.assign.initVars(res.vars(), r.results(), s, r);
    }

    private void ifStmt(Stmt.If i, Scope s) {
        Scope inner = open(i, s, "if");
        if (i.init() != null) stmt(i.init(), inner);
        Operand x = new Operand();
        c.exprs.expr(x, i.cond(), inner);
        if (!x.invalid() && !Predicates.isBoolean(x.type)) c.error(i.cond(), "non-boolean condition in if statement");
        stmt(i.then(), inner);
        if (i.els() != null) stmt(i.els(), inner);
    }

    /** Reports a second default clause. */
    void multipleDefaults(List<? extends Stmt> clauses) {
        Pos first = null;
        for (Stmt cl : clauses) {
            boolean isDefault = cl instanceof Stmt.CaseClause cc ? cc.list() == null
                    : cl instanceof Stmt.CommClause cm && cm.comm() == null;
            if (!isDefault) continue;
            if (first != null) c.error(cl.pos(), "multiple defaults (first at " + first + ")");
            else first = cl.pos();
        }
    }

    private void switchStmt(Stmt.Switch sw, Scope s) {
        Scope inner = open(sw, s, "switch");
        if (sw.init() != null) stmt(sw.init(), inner);
        Operand x = new Operand();
        if (sw.tag() != null) {
            c.exprs.expr(x, sw.tag(), inner);
            c.assign.assignment(x, null, "switch expression");
            if (!x.invalid() && !Predicates.comparable(x.type) && !Predicates.hasNil(x.type)) {
                c.error(x, "cannot switch on " + c.str(x) + " (" + c.str(x.type) + " is not comparable)");
            }
        } else {
            x.setConst(Universe.BOOL, Constant.makeBool(true));
            Pos pos = sw.clauses().isEmpty() ? sw.rbrace() : sw.clauses().get(0).pos();
            x.expr = new Expr.Ident(pos, "true");
        }
        multipleDefaults(sw.clauses());
        List<Operand> seen = new ArrayList<>();
        for (Stmt.CaseClause cc : sw.clauses()) {
            if (cc.list() != null) caseValues(x, cc.list(), seen, inner);
            Scope cs = open(cc, inner, "case");
            stmtList(cc.body(), cs);
        }
    }

    private void caseValues(Operand x, List<Expr> values, List<Operand> seen, Scope s) {
        for (Expr e : values) {
            Operand v = new Operand();
            c.exprs.expr(v, e, s);
            if (x.invalid() || v.invalid()) continue;
            c.untyped.convert(v, x.type);
            if (v.invalid()) continue;
            Operand res = new Operand();
            res.copyFrom(v);
            c.ops.comparison(res, x, Token.EQL, true);
            if (res.invalid()) continue;
            Kind k = v.mode == Mode.CONSTANT ? v.val.kind() : Kind.UNKNOWN;
            // Like gc, only integer, floating-point and string duplicates are reported.
            if (k == Kind.INT || k == Kind.FLOAT || k == Kind.STRING) {
                for (Operand o : seen) {
                    if (o.val.kind() == v.val.kind() && Constant.compare(o.val, Token.EQL, v.val)
                            && Predicates.identical(o.type, v.type)) {
                        c.error(v.pos(), "duplicate case " + c.str(v) + " in expression switch\n\t" + o.pos() + ": previous case");
                        break;
                    }
                }
                seen.add(v);
            }
        }
    }

    private void select(Stmt.Select sel, Scope s) {
        multipleDefaults(sel.clauses());
        for (Stmt.CommClause cc : sel.clauses()) {
            Stmt comm = cc.comm();
            boolean valid = comm == null || comm instanceof Stmt.Send
                    || comm instanceof Stmt.ExprStmt es && isRecv(es.x())
                    || comm instanceof Stmt.Assign a && a.rhs().size() == 1 && isRecv(a.rhs().get(0));
            if (!valid) {
                c.error(comm, "select case must be send or receive (possibly with assignment)");
                continue;
            }
            Scope cs = open(cc, s, "case");
            if (comm != null) stmt(comm, cs);
            stmtList(cc.body(), cs);
        }
    }

    private static boolean isRecv(Expr e) {
        while (e instanceof Expr.Paren p) e = p.x();
        return e instanceof Expr.Unary u && u.op() == Token.ARROW;
    }

    /** Checks a clause body in its own scope (used by type switches). */
    void clauseBody(List<Stmt> body, Scope s) {
        stmtList(body, s);
    }
}
