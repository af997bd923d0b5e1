package dev.jgo.types;

import dev.jgo.syntax.AstPrinter;
import dev.jgo.syntax.Expr;
import dev.jgo.types.Operand.Mode;
import java.util.ArrayList;
import java.util.List;

/** Checks selector expressions x.f: qualified identifiers, fields, methods and method expressions. */
final class Selectors {
    private final Checker c;

    Selectors(Checker c) {
        this.c = c;
    }

    void check(Operand x, Expr.Selector e, Scope s) {
        String sel = e.sel().name();
        if (e.x() instanceof Expr.Ident id && s.lookupParent(id.name()) instanceof Obj.PkgName pn) {
            qualified(x, e, id, pn);
            return;
        }
        c.exprs.exprOrType(x, e.x(), s);
        if (x.invalid()) return;
        Lookup.Result r = Lookup.fieldOrMethod(x.type, x.mode == Mode.VARIABLE, c.pkg, sel);
        if (r.obj() == null || r.ambiguous()) {
            // A type still being declared has no fields or methods yet (gc says so); other invalid types were reported.
            boolean declaring = x.type instanceof Type.Named n && n.declared == null;
            if (Predicates.isInvalid(x.type.underlying()) && !declaring) {
                x.mode = Mode.INVALID;
                return;
            }
            if (r.ambiguous()) {
                c.error(e.sel(), "ambiguous selector " + AstPrinter.print(x.expr) + "." + sel);
            } else {
                c.error(e.sel(), AstPrinter.print(x.expr) + "." + sel + " undefined (" + why(x, sel) + ")");
            }
            x.mode = Mode.INVALID;
            return;
        }
        if (r.needsPtr()) {
            c.error(e.sel(), "cannot call pointer method " + sel + " on " + c.str(x.type));
            x.mode = Mode.INVALID;
            return;
        }
        if (r.obj() instanceof Obj.Func m && c.decls.containsKey(m)) {
            c.decl.objDecl(m);
            if (c.current != null) c.current.addDep(m);
        }
        c.recordUse(e.sel(), r.obj());
        if (x.mode == Mode.TYPEXPR) {
            methodExpr(x, e, r);
            return;
        }
        switch (r.obj()) {
            case Obj.Var f -> {
                c.info.selections.put(e, new Info.Selection(Info.Selection.Kind.FIELD, x.type, f, r.index(), r.indirect()));
                if (x.mode != Mode.VARIABLE && !r.indirect()) x.mode = Mode.VALUE;
                else x.mode = Mode.VARIABLE;
                x.type = f.type();
            }
            case Obj.Func m -> {
                c.info.selections.put(e, new Info.Selection(Info.Selection.Kind.METHOD_VAL, x.type, m, r.index(), r.indirect()));
                x.mode = Mode.VALUE;
                Type.Signature sig = m.signature();
                x.type = sig == null ? Universe.INVALID : new Type.Signature(null, sig.params(), sig.results(), sig.variadic());
            }
            default -> x.mode = Mode.INVALID;
        }
    }

    private String why(Operand x, String sel) {
        if (x.type.underlying() instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Interface) {
            return "type " + c.str(x.type) + " is pointer to interface, not interface";
        }
        String why = "type " + c.str(x.type) + " has no field or method " + sel;
        int cp = sel.codePointAt(0);
        String other = (Character.isUpperCase(cp) ? Character.toString(Character.toLowerCase(cp))
                : Character.toString(Character.toUpperCase(cp))) + sel.substring(Character.charCount(cp));
        if (Lookup.fieldOrMethod(x.type, x.mode == Mode.VARIABLE, c.pkg, other).found()) {
            why += ", but does have " + other;
        }
        return why;
    }

    private void methodExpr(Operand x, Expr.Selector e, Lookup.Result r) {
        if (!(r.obj() instanceof Obj.Func m)) {
            c.error(e.sel(), AstPrinter.print(x.expr) + "." + e.sel().name() + " undefined (type " + c.str(x.type)
                    + " has no method " + e.sel().name() + ")");
            x.mode = Mode.INVALID;
            return;
        }
        Type.Signature sig = m.signature();
        if (sig == null) {
            x.mode = Mode.INVALID;
            return;
        }
        c.info.selections.put(e, new Info.Selection(Info.Selection.Kind.METHOD_EXPR, x.type, m, r.index(), r.indirect()));
        List<Obj.Var> params = new ArrayList<>();
        params.add(Obj.Var.of(e.pos(), "", c.pkg, x.type));
        params.addAll(sig.params().vars());
        x.mode = Mode.VALUE;
        x.type = new Type.Signature(null, new Type.Tuple(params), sig.results(), sig.variadic());
    }

    private void qualified(Operand x, Expr.Selector e, Expr.Ident id, Obj.PkgName pn) {
        c.recordUse(id, pn);
        pn.used = true;
        Package p = pn.imported();
        if (p.fake) return;
        String sel = e.sel().name();
        Obj obj = p.scope().lookup(sel);
        // gc sees only exported names of an imported package.
        if (obj == null || !obj.exported()) {
            c.error(e.sel(), "undefined: " + pn.name() + "." + sel);
            return;
        }
        c.recordUse(e.sel(), obj);
        switch (obj) {
            case Obj.Const k -> x.setConst(k.type(), k.val());
            case Obj.TypeName t -> {
                x.mode = Mode.TYPEXPR;
                x.type = t.type();
            }
            case Obj.Var v -> {
                x.mode = Mode.VARIABLE;
                x.type = v.type();
            }
            case Obj.Func f -> {
                x.mode = Mode.VALUE;
                x.type = f.type();
            }
            case Obj.Builtin b -> {
                x.mode = Mode.BUILTIN;
                x.builtin = b.id();
            }
            default -> {}
        }
        if (x.type == null) x.mode = Mode.INVALID;
    }
}
