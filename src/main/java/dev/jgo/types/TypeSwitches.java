package dev.jgo.types;

import dev.jgo.syntax.AstPrinter;
import dev.jgo.syntax.Expr;
import dev.jgo.syntax.Stmt;
import dev.jgo.types.Operand.Mode;
import java.util.ArrayList;
import java.util.List;

/** Checks type switches: the guard, case types (with impossible and duplicate cases) and the clause variables. */
final class TypeSwitches {
    private final Checker c;
    private final Stmts stmts;

    TypeSwitches(Checker c, Stmts stmts) {
        this.c = c;
        this.stmts = stmts;
    }

    void check(Stmt.TypeSwitch ts, Scope s) {
        Scope inner = new Scope(s, false, "type switch");
        c.info.scopes.put(ts, inner);
        if (ts.init() != null) stmts.stmt(ts.init(), inner);
        Expr.Ident lhs = ts.binding();
        if (lhs != null) {
            if (lhs.isBlank()) {
                c.error(lhs, "no new variable on left side of :=");
                lhs = null;
            } else {
                c.recordDef(lhs, null);
            }
        }
        Operand x = new Operand();
        c.exprs.expr(x, ts.guard().x(), inner);
        // Without an interface to switch on, the clauses are still checked (their variables are invalid).
        Type.Interface iface = null;
        if (!x.invalid()) {
            if (x.type.underlying() instanceof Type.Interface i) iface = i;
            else c.error(x, c.str(x) + " is not an interface");
        }
        stmts.multipleDefaults(ts.clauses());
        List<Obj.Var> lhsVars = new ArrayList<>();
        List<Type> seen = new ArrayList<>();
        List<Expr> seenExprs = new ArrayList<>();
        for (Stmt.CaseClause cc : ts.clauses()) {
            Type t = caseTypes(x, iface, cc.list(), seen, seenExprs, inner);
            Scope cs = new Scope(inner, false, "case");
            c.info.scopes.put(cc, cs);
            if (lhs != null) {
                if (cc.list() == null || cc.list().size() != 1 || t == null) t = iface != null ? x.type : Universe.INVALID;
                Obj.Var v = Obj.Var.of(lhs.pos(), lhs.name(), c.pkg, t);
                cs.insert(v);
                c.info.implicits.put(cc, v);
                lhsVars.add(v);
            }
            stmts.clauseBody(cc.body(), cs);
        }
        if (lhs != null) {
            boolean used = lhsVars.stream().anyMatch(v -> v.used);
            if (!used) c.error(lhs, lhs.name() + " declared but not used");
        }
    }

    /** Checks the types of a case; returns the single type (null for nil or several types). */
    private Type caseTypes(Operand x, Type.Interface iface, List<Expr> types, List<Type> seen, List<Expr> seenExprs, Scope s) {
        if (types == null) return null;
        Type last = null;
        for (Expr e : types) {
            Operand t = new Operand();
            c.exprs.exprOrType(t, e, s);
            if (t.invalid()) {
                last = Universe.INVALID;
                continue;
            }
            Type T;
            if (t.isNil()) {
                T = null;
            } else if (t.mode != Mode.TYPEXPR) {
                c.error(e, AstPrinter.print(e) + " is not a type");
                last = Universe.INVALID;
                continue;
            } else {
                T = t.type;
            }
            boolean dup = false;
            for (int i = 0; i < seen.size(); i++) {
                Type o = seen.get(i);
                if (T == null ? o == null : o != null && Predicates.identical(o, T)) {
                    String ts = T == null ? "nil" : c.str(T);
                    c.error(e, "duplicate case " + ts + " in type switch\n\t" + seenExprs.get(i).pos() + ": previous case");
                    dup = true;
                    break;
                }
            }
            if (!dup) {
                seen.add(T);
                seenExprs.add(e);
            }
            if (T != null && iface != null) {
                if (T.underlying() instanceof Type.Interface ti && ti.isConstraint()) {
                    c.error(e, "cannot use type " + c.str(T) + " outside a type constraint: interface contains type constraints");
                } else {
                    c.exprs.checkAssertion(x, iface, T, e, true);
                }
            }
            last = T;
        }
        return types.size() == 1 ? last : null;
    }
}
