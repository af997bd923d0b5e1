package dev.jgo.types;

import dev.jgo.syntax.AstPrinter;
import dev.jgo.syntax.Expr;
import dev.jgo.syntax.Stmt;
import dev.jgo.syntax.Token;
import dev.jgo.types.Operand.Mode;
import java.util.ArrayList;
import java.util.List;

/** Checks for-range statements. */
final class Ranges {
    private final Checker c;
    private final Stmts stmts;

    Ranges(Checker c, Stmts stmts) {
        this.c = c;
        this.stmts = stmts;
    }

    void check(Stmt.Range r, Scope s) {
        Operand x = new Operand();
        c.exprs.expr(x, r.x(), s);
        Type key = null, val = null;
        if (!x.invalid()) {
            Type u = x.type.underlying();
            String cause = "";
            if (u instanceof Type.Chan ch) {
                if (r.value() != null) c.error(r.value(), "range over " + c.str(x) + " permits only one iteration variable");
                if (ch.dir() == Type.ChanDir.SEND) cause = "receive from send-only channel";
            }
            Type[] kv = keyVal(u);
            key = kv[0];
            val = kv[1];
            if (key == null || !cause.isEmpty()) {
                c.error(x, "cannot range over " + c.str(x) + (cause.isEmpty() ? "" : " (" + cause + ")"));
                key = val = null;
            } else if (Predicates.isUntyped(x.type)) {
                c.untyped.convert(x, Universe.STRING);
            }
        }
        Scope inner = new Scope(s, false, "range");
        c.info.scopes.put(r, inner);
        Expr[] lhs = {r.key(), r.value()};
        Type[] rhs = {key, val};
        if (r.tok() == Token.DEFINE) {
            List<Obj.Var> vars = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                if (lhs[i] == null) continue;
                Obj.Var v;
                if (lhs[i] instanceof Expr.Ident id) {
                    v = Obj.Var.of(id.pos(), id.name(), c.pkg, null);
                    c.recordDef(id, v);
                    if (!id.isBlank()) vars.add(v);
                } else {
                    c.error(lhs[i], "non-name " + AstPrinter.print(lhs[i]) + " on left side of :=");
                    v = Obj.Var.of(lhs[i].pos(), "_", c.pkg, null);
                }
                if (rhs[i] != null) {
                    Operand o = operand(lhs[i], rhs[i]);
                    c.assign.initVar(v, o, "range clause");
                } else {
                    v.type = Universe.INVALID;
                    v.used = true;
                }
            }
            for (Obj.Var v : vars) {
                if (c.declare(inner, null, v)) stmts.declaredVar(v);
            }
        } else if (r.tok() == Token.ASSIGN) {
            for (int i = 0; i < 2; i++) {
                if (lhs[i] == null) continue;
                if (rhs[i] != null) c.assign.assignVar(lhs[i], operand(lhs[i], rhs[i]), s);
                else c.assign.useLhs(lhs[i], s);
            }
        }
        stmts.stmt(r.body(), inner);
    }

    private static Operand operand(Expr e, Type t) {
        Operand o = new Operand();
        o.mode = Mode.VALUE;
        o.expr = e;
        o.type = t;
        return o;
    }

    /** The key and value types of ranging over u (value null for channels); key null if u cannot be ranged over. */
    private static Type[] keyVal(Type u) {
        if (u instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Array a) u = a;
        return switch (u) {
            case Type.Basic b when b.kind().isString() -> new Type[] {Universe.INT, Universe.RUNE};
            case Type.Array a -> new Type[] {Universe.INT, a.elem()};
            case Type.Slice sl -> new Type[] {Universe.INT, sl.elem()};
            case Type.Map m -> new Type[] {m.key(), m.elem()};
            case Type.Chan ch -> new Type[] {ch.elem(), null};
            default -> new Type[] {null, null};
        };
    }
}
