package dev.jgo.types;

import dev.jgo.syntax.AstPrinter;
import dev.jgo.syntax.Expr;
import dev.jgo.syntax.Pos;
import dev.jgo.syntax.Stmt;
import dev.jgo.types.Operand.Mode;
import dev.jgo.types.constant.Constant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Assignability, and the checking of assignments, initializations and short variable declarations. */
final class Assign {
    private final Checker c;

    Assign(Checker c) {
        this.c = c;
    }

    /** Whether x can be assigned to type t; reason (if not null) receives gc's explanation when not. */
    boolean assignableTo(Operand x, Type t, StringBuilder reason) {
        Type v = x.type;
        if (Predicates.isInvalid(v) || Predicates.isInvalid(t)) return true;
        if (Predicates.identical(v, t)) return true;
        Type vu = v.underlying(), tu = t.underlying();
        if (Predicates.isUntyped(vu)) {
            return c.untyped.implicitTypeAndValue(x, t).type() != null;
        }
        if (Predicates.identical(vu, tu) && (!hasName(v) || !hasName(t))) return true;
        if (tu instanceof Type.Interface ti && !ti.isConstraint()) {
            Lookup.Missing m = Lookup.missingMethod(v, ti, true);
            if (m == null) return true;
            if (reason != null) {
                reason.append(c.str(v)).append(" does not implement ").append(c.str(t)).append(' ')
                        .append(isInterfacePtr(v) ? "(" + interfacePtrError(v) + ")" : Lookup.reason(m, c.pkg));
            }
            return false;
        }
        if (isInterfacePtr(tu)) {
            if (reason != null) {
                reason.append(c.str(v)).append(" does not implement ").append(c.str(t)).append(" (").append(interfacePtrError(t)).append(')');
            }
            return false;
        }
        if (vu instanceof Type.Interface vi && !(tu instanceof Type.Interface)) {
            if (reason != null && Lookup.missingMethod(t, vi, true) == null) reason.append("need type assertion");
            return false;
        }
        if (vu instanceof Type.Chan vc && vc.dir() == Type.ChanDir.BOTH && tu instanceof Type.Chan tc
                && Predicates.identical(vc.elem(), tc.elem())) {
            return !hasName(v) || !hasName(t);
        }
        return false;
    }

    private static boolean isInterfacePtr(Type t) {
        return t.underlying() instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Interface;
    }

    private String interfacePtrError(Type t) {
        return "type " + c.str(t) + " is pointer to interface, not interface";
    }

    private static boolean hasName(Type t) {
        return t instanceof Type.Named || t instanceof Type.Basic;
    }

    /** Checks that x can be assigned to t (null: to _ or an interface, giving untyped x its default type). */
    void assignment(Operand x, Type t, String context) {
        c.exprs.singleValue(x);
        switch (x.mode) {
            case INVALID -> { return; }
            case CONSTANT, VARIABLE, MAPINDEX, VALUE, NILVALUE, COMMAOK -> {}
            default -> {
                c.error(x, "cannot assign " + c.str(x) + " to " + (t == null ? "_" : c.str(t)) + " in " + context);
                return;
            }
        }
        if (Predicates.isUntyped(x.type)) {
            Type target = t;
            if (x.isNil()) {
                if (t == null) {
                    c.error(x, "use of untyped nil in " + context);
                    return;
                }
            } else if (t == null || t.underlying() instanceof Type.Interface) {
                target = Predicates.defaultType(x.type);
            }
            Untyped.ImplicitResult r = c.untyped.implicitTypeAndValue(x, target);
            if (r.code() != 0) {
                String msg = "cannot use " + c.str(x) + " as " + c.str(target) + " value in " + context;
                if (r.code() == Untyped.TRUNCATED) msg += " (truncated)";
                else if (r.code() == Untyped.OVERFLOW) msg += " (overflows)";
                c.error(x, msg);
                return;
            }
            if (r.val() != null) x.val = r.val();
            if (r.type() != x.type) {
                x.type = r.type();
                c.untyped.updateExprType(x.expr, r.type(), false);
            }
        }
        if (t == null) return;
        StringBuilder reason = new StringBuilder();
        if (!assignableTo(x, t, reason)) {
            String msg = "cannot use " + c.str(x) + " as type " + c.str(t) + " in " + context;
            if (!reason.isEmpty()) msg += ":\n\t" + reason;
            c.error(x, msg);
        }
    }

    void initConst(Obj.Const k, Operand x, Type t) {
        if (x.invalid() || Predicates.isInvalid(x.type)) {
            k.type = t == null ? Universe.INVALID : t;
            k.val = Constant.unknown();
            return;
        }
        if (x.mode != Mode.CONSTANT) {
            c.error(x, c.str(x) + " is not constant");
            k.type = Universe.INVALID;
            k.val = Constant.unknown();
            return;
        }
        k.type = t == null ? x.type : t;
        assignment(x, k.type, "constant declaration");
        k.val = x.invalid() ? Constant.unknown() : x.val;
        if (x.invalid()) k.type = t == null ? Universe.INVALID : t;
    }

    /** Gives v its type from x if it has none, then checks the assignment; returns v's type or null. */
    Type initVar(Obj.Var v, Operand x, String context) {
        if (x.invalid() || Predicates.isInvalid(x.type) || v.type != null && Predicates.isInvalid(v.type)) {
            if (v.type == null) v.type = Universe.INVALID;
            v.used = true; // no follow-on "declared but not used"
            return null;
        }
        if (v.type == null) {
            Type t = x.type;
            if (Predicates.isUntyped(t)) {
                if (x.isNil()) {
                    c.error(x, "use of untyped nil in " + context);
                    v.type = Universe.INVALID;
                    return null;
                }
                t = Predicates.defaultType(t);
            }
            v.type = t;
        }
        assignment(x, v.type, context);
        if (x.invalid()) {
            v.used = true;
            return null;
        }
        return x.type;
    }

    /** Initializes lhs from rhs (var declarations, := and, with ret set, return statements). */
    void initVars(List<Obj.Var> lhs, List<Expr> rhs, Scope s, Stmt.Return ret) {
        boolean allowCommaOk = lhs.size() == 2 && ret == null;
        List<Operand> xs = exprListCommaOk(rhs, s, allowCommaOk);
        boolean commaOk = allowCommaOk && rhs.size() == 1 && xs.size() == 2 && xs.get(1).type == Universe.UNTYPED_BOOL
                && xs.get(1).mode == Mode.VALUE && !(c.info.typeOf(rhs.get(0)) instanceof Type.Tuple);
        if (lhs.size() != xs.size()) {
            for (Obj.Var v : lhs) {
                v.used = true;
                if (v.type == null) v.type = Universe.INVALID;
            }
            for (Operand x : xs) if (x.invalid()) return;
            if (ret != null) {
                Pos at = ret.pos();
                String q = "not enough";
                if (xs.size() > lhs.size()) {
                    at = xs.get(lhs.size()).pos();
                    q = "too many";
                } else if (!xs.isEmpty()) {
                    at = xs.get(xs.size() - 1).pos();
                }
                List<Type> have = new ArrayList<>(), want = new ArrayList<>();
                for (Operand x : xs) have.add(x.type);
                for (Obj.Var v : lhs) want.add(v.type);
                c.error(at, q + " return values\n\thave " + c.calls.typesSummary(have, false)
                        + "\n\twant " + c.calls.typesSummary(want, false));
                return;
            }
            assignError(rhs, lhs.size(), xs.size());
            return;
        }
        String context = ret != null ? "return statement" : "assignment";
        Type[] types = new Type[xs.size()];
        boolean ok = true;
        for (int i = 0; i < lhs.size(); i++) {
            types[i] = initVar(lhs.get(i), xs.get(i), context);
            ok &= types[i] != null;
        }
        if (!ok) for (Obj.Var v : lhs) v.used = true;
        if (commaOk) recordCommaOk(rhs.get(0), types);
    }

    /** Like Calls.exprList, adding the untyped bool of a comma-ok expression when allowed. */
    private List<Operand> exprListCommaOk(List<Expr> rhs, Scope s, boolean allowCommaOk) {
        List<Operand> xs = c.calls.exprList(rhs, s, false);
        if (allowCommaOk && rhs.size() == 1 && xs.size() == 1) {
            Operand x = xs.get(0);
            if (x.mode == Mode.MAPINDEX || x.mode == Mode.COMMAOK) {
                x.mode = Mode.VALUE;
                Operand ok = new Operand();
                ok.mode = Mode.VALUE;
                ok.expr = rhs.get(0);
                ok.type = Universe.UNTYPED_BOOL;
                xs.add(ok);
            }
        }
        return xs;
    }

    private void recordCommaOk(Expr e, Type[] types) {
        if (types[0] == null || types[1] == null) return;
        Type.Tuple t = new Type.Tuple(List.of(Obj.Var.of(e.pos(), "", c.pkg, types[0]), Obj.Var.of(e.pos(), "", c.pkg, types[1])));
        for (Expr x = e; ; x = ((Expr.Paren) x).x()) {
            Info.TypeAndValue tv = c.info.types.get(x);
            c.info.types.put(x, new Info.TypeAndValue(Info.Mode.COMMAOK, t, tv == null ? null : tv.value()));
            if (!(x instanceof Expr.Paren)) break;
        }
    }

    private void assignError(List<Expr> rhs, int nvars, int nvals) {
        String vars = nvars + (nvars == 1 ? " variable" : " variables");
        String vals = nvals + (nvals == 1 ? " value" : " values");
        Expr rhs0 = rhs.get(0);
        Expr u = rhs0;
        while (u instanceof Expr.Paren p) u = p.x();
        if (rhs.size() == 1 && u instanceof Expr.Call call) {
            c.error(rhs0, "assignment mismatch: " + vars + " but " + AstPrinter.print(call.fun()) + " returns " + vals);
            return;
        }
        c.error(rhs0, "assignment mismatch: " + vars + " but " + vals);
    }

    /** Checks lhs = rhs for expression lists. */
    void assignVars(List<Expr> lhs, List<Expr> rhs, Scope s) {
        List<Operand> xs = exprListCommaOk(rhs, s, lhs.size() == 2);
        boolean commaOk = lhs.size() == 2 && rhs.size() == 1 && xs.size() == 2 && !(c.info.typeOf(rhs.get(0)) instanceof Type.Tuple);
        if (lhs.size() != xs.size()) {
            for (Expr l : lhs) useLhs(l, s);
            markUsed(lhs, s);
            for (Operand x : xs) if (x.invalid()) return;
            assignError(rhs, lhs.size(), xs.size());
            return;
        }
        Type[] types = new Type[2];
        boolean ok = true;
        for (int i = 0; i < lhs.size(); i++) {
            Type t = assignVar(lhs.get(i), xs.get(i), s);
            ok &= t != null;
            if (i < 2) types[i] = t;
        }
        if (!ok) markUsed(lhs, s);
        if (commaOk) recordCommaOk(rhs.get(0), types);
    }

    /** Marks the variables assigned to as used, so a failed assignment gives no follow-on "declared but not used". */
    private void markUsed(List<Expr> lhs, Scope s) {
        for (Expr l : lhs) {
            Expr u = l;
            while (u instanceof Expr.Paren p) u = p.x();
            if (u instanceof Expr.Ident id && s.lookupParent(id.name()) instanceof Obj.Var v && v.pkg() == c.pkg) v.used = true;
        }
    }

    /** Evaluates an lhs expression without counting it as a use of a variable. */
    void useLhs(Expr lhs, Scope s) {
        Expr u = lhs;
        while (u instanceof Expr.Paren p) u = p.x();
        if (u instanceof Expr.Ident id && id.isBlank()) return;
        Obj.Var v = null;
        boolean used = false;
        if (u instanceof Expr.Ident id && s.lookupParent(id.name()) instanceof Obj.Var w && w.pkg() == c.pkg) {
            v = w;
            used = w.used;
        }
        Operand z = new Operand();
        c.exprs.rawExpr(z, lhs, s, null);
        if (v != null) v.used = used;
    }

    /** Checks the assignment of x to lhs; returns the assigned type or null after an error. */
    Type assignVar(Expr lhs, Operand x, Scope s) {
        Expr u = lhs;
        while (u instanceof Expr.Paren p) u = p.x();
        if (u instanceof Expr.Ident id && id.isBlank()) {
            c.recordDef(id, null);
            assignment(x, null, "assignment to _ identifier");
            return x.invalid() ? null : x.type;
        }
        Obj.Var v = null;
        boolean used = false;
        if (u instanceof Expr.Ident id && s.lookupParent(id.name()) instanceof Obj.Var w && w.pkg() == c.pkg) {
            v = w;
            used = w.used;
        }
        Operand z = new Operand();
        c.exprs.expr(z, lhs, s);
        if (v != null) v.used = used;
        if (z.invalid() || Predicates.isInvalid(z.type)) return null;
        switch (z.mode) {
            case VARIABLE, MAPINDEX -> {}
            default -> {
                if (z.expr instanceof Expr.Selector sel) {
                    Operand op = new Operand();
                    c.exprs.expr(op, sel.x(), s);
                    if (op.mode == Mode.MAPINDEX) {
                        c.error(z.pos(), "cannot assign to struct field " + AstPrinter.print(z.expr) + " in map");
                        return null;
                    }
                }
                c.error(z.pos(), "cannot assign to " + c.str(z));
                return null;
            }
        }
        assignment(x, z.type, "assignment");
        return x.invalid() ? null : x.type;
    }

    /** Checks a := b. */
    void shortVarDecl(Stmt.Assign st, Scope s) {
        List<Obj.Var> lhsVars = new ArrayList<>();
        List<Obj.Var> newVars = new ArrayList<>();
        List<Expr.Ident> newIds = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean hasErr = false;
        for (Expr lhs : st.lhs()) {
            if (!(lhs instanceof Expr.Ident id)) {
                useLhs(lhs, s);
                c.error(lhs, "non-name " + AstPrinter.print(lhs) + " on left side of :=");
                hasErr = true;
                lhsVars.add(Obj.Var.of(lhs.pos(), "_", c.pkg, null));
                continue;
            }
            String name = id.name();
            if (!name.equals("_") && !seen.add(name)) {
                c.error(lhs, name + " repeated on left side of :=");
                hasErr = true;
                lhsVars.add(Obj.Var.of(lhs.pos(), "_", c.pkg, null));
                continue;
            }
            Obj alt = s.lookup(name);
            if (alt != null) {
                c.recordUse(id, alt);
                if (alt instanceof Obj.Var w) {
                    lhsVars.add(w);
                } else {
                    c.error(lhs, "cannot assign to " + AstPrinter.print(lhs));
                    hasErr = true;
                    lhsVars.add(Obj.Var.of(lhs.pos(), "_", c.pkg, null));
                }
                continue;
            }
            Obj.Var v = Obj.Var.of(id.pos(), name, c.pkg, null);
            lhsVars.add(v);
            if (!name.equals("_")) {
                newVars.add(v);
                newIds.add(id);
            }
            c.recordDef(id, v);
        }
        // Existing variables keep their types: give new ones theirs from the values.
        List<Obj.Var> targets = new ArrayList<>();
        for (Obj.Var v : lhsVars) targets.add(v);
        initVars(targets, st.rhs(), s, null);
        if (newVars.isEmpty() && !hasErr) {
            c.error(st.opPos(), "no new variables on left side of :=");
            return;
        }
        for (int i = 0; i < newVars.size(); i++) {
            s.insert(newVars.get(i));
            c.stmts.declaredVar(newVars.get(i));
        }
    }
}
