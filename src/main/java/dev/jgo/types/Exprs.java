package dev.jgo.types;

import dev.jgo.syntax.AstPrinter;
import dev.jgo.syntax.Expr;
import dev.jgo.types.Operand.Mode;
import dev.jgo.types.constant.Constant;
import dev.jgo.types.constant.Kind;
import dev.jgo.types.constant.Value;
import java.util.IdentityHashMap;
import java.util.Map;

/** Checks expressions: operands, operators, untyped conversion. Calls are in {@link Calls}. */
final class Exprs {
    private final Checker c;
    /** The value of iota in the constant declaration being checked, or -1 outside one. */
    int iota = -1;
    /** Whether the expression being checked so far contains a function call or a receive (len(a) is then not constant). */
    boolean hasCallOrRecv;
    /** Objects imported with import . "p", and the import that brought each in. */
    final Map<Obj, Obj.PkgName> dotImported = new IdentityHashMap<>();
    /** Whether a dot-import failed: undefined names may then come from it and are not reported. */
    boolean failedDotImport;
    Exprs(Checker c) {
        this.c = c;
    }

    /** A single-valued, non-type expression. */
    void expr(Operand x, Expr e, Scope s) {
        rawExpr(x, e, s, null);
        exclude(x, true, true);
        singleValue(x);
    }

    /** An expression that may have several values (a call). */
    void multiExpr(Operand x, Expr e, Scope s) {
        rawExpr(x, e, s, null);
        exclude(x, true, true);
    }

    /** An expression or a type. */
    void exprOrType(Operand x, Expr e, Scope s) {
        rawExpr(x, e, s, null);
        exclude(x, true, false);
        singleValue(x);
    }

    /** An expression whose type may be inferred from hint (for elided composite literal types). */
    void exprWithHint(Operand x, Expr e, Scope s, Type hint) {
        rawExpr(x, e, s, hint);
        exclude(x, true, true);
        singleValue(x);
    }

    /** Reports x if it is a no-value (when noValue), a built-in, or a type (when type): not an expression. */
    void exclude(Operand x, boolean noValue, boolean type) {
        String msg = null;
        if (noValue && x.mode == Mode.NOVALUE) msg = AstPrinter.print(x.expr) + " (no value) used as value";
        else if (x.mode == Mode.BUILTIN) msg = AstPrinter.print(x.expr) + " (built-in) must be called";
        else if (type && x.mode == Mode.TYPEXPR) msg = AstPrinter.print(x.expr) + " (type) is not an expression";
        if (msg != null) c.error(x, msg);
    }

    void singleValue(Operand x) {
        if (x.mode == Mode.VALUE && x.type instanceof Type.Tuple t) {
            c.error(x, "multiple-value " + AstPrinter.print(x.expr) + " (value of type " + c.str(t) + ") in single-value context");
        }
    }

    void rawExpr(Operand x, Expr e, Scope s, Type hint) {
        var saved = c.at;
        c.at = e.pos();
        exprInternal(x, e, s, hint);
        c.at = saved;
        if (x.mode == Mode.INVALID) {
            x.type = Universe.INVALID;
        }
        x.expr = e;
        if (x.mode != Mode.CONSTANT) x.val = null;
        if (!x.invalid() && Predicates.isUntyped(x.type)) {
            c.untyped.remember(x);
        } else {
            c.record(x);
        }
    }

    private void exprInternal(Operand x, Expr e, Scope s, Type hint) {
        x.mode = Mode.INVALID;
        x.type = Universe.INVALID;
        switch (e) {
            case Expr.Bad b -> {}
            case Expr.Ident id -> ident(x, id, s);
            case Expr.BasicLit lit -> basicLit(x, lit);
            case Expr.FuncLit f -> funcLit(x, f, s);
            case Expr.CompositeLit cl -> new CompositeLits(c).check(x, cl, s, hint);
            case Expr.Paren p -> {
                rawExpr(x, p.x(), s, null);
                x.expr = e;
            }
            case Expr.Selector sel -> new Selectors(c).check(x, sel, s);
            case Expr.Index ix -> new Indexing(c).index(x, ix, s);
            case Expr.Slice sl -> new Indexing(c).slice(x, sl, s);
            case Expr.TypeAssert ta -> typeAssert(x, ta, s);
            case Expr.Call call -> c.calls.call(x, call, s);
            case Expr.Star st -> {
                exprOrType(x, st.x(), s);
                switch (x.mode) {
                    case INVALID -> {}
                    case TYPEXPR -> x.type = new Type.Pointer(x.type);
                    default -> {
                        if (x.isNil()) {
                            c.error(x, "invalid operation: cannot indirect nil");
                        } else if (x.type.underlying() instanceof Type.Pointer p) {
                            x.mode = Mode.VARIABLE;
                            x.type = p.elem();
                        } else {
                            c.error(x, "invalid operation: cannot indirect " + c.str(x));
                        }
                    }
                }
            }
            case Expr.Unary u -> c.ops.unary(x, u, s);
            case Expr.Binary b -> c.ops.binary(x, b, b.x(), b.y(), b.op(), s);
            case Expr.KeyValue kv -> c.error(kv, "unexpected key:value expression");
            case Expr.Ellipsis el -> c.error(el, "invalid use of '...'");
            case Expr.ArrayType t -> typeOperand(x, e, s);
            case Expr.StructType t -> typeOperand(x, e, s);
            case Expr.FuncType t -> typeOperand(x, e, s);
            case Expr.InterfaceType t -> typeOperand(x, e, s);
            case Expr.MapType t -> typeOperand(x, e, s);
            case Expr.ChanType t -> typeOperand(x, e, s);
        }
    }

    private void typeOperand(Operand x, Expr e, Scope s) {
        x.mode = Mode.TYPEXPR;
        x.type = c.types.typExpr(e, s);
    }

    void ident(Operand x, Expr.Ident id, Scope s) {
        if (id.isBlank()) {
            c.error(id, "cannot use _ as value or type");
            return;
        }
        Obj obj = s.lookupParent(id.name());
        if (obj == null) {
            if (!failedDotImport) c.error(id, "undefined: " + id.name());
            return;
        }
        c.recordUse(id, obj);
        Obj.PkgName dot = dotImported.get(obj);
        if (dot != null) dot.used = true;
        if (obj.pkg() == c.pkg && obj.parent() == c.pkg.scope()) {
            c.decl.objDecl(obj);
            if (c.current != null) c.current.addDep(obj);
        } else if (c.decls.containsKey(obj)) {
            c.decl.objDecl(obj);
        }
        Type t = obj.type();
        switch (obj) {
            case Obj.PkgName p -> {
                c.error(id, "use of package " + p.name() + " without selector");
                p.used = true;
                return;
            }
            case Obj.Const k -> {
                if (Predicates.isInvalid(t) || t == null) return;
                if (obj == Universe.IOTA) {
                    if (iota < 0) {
                        c.error(id, "cannot use iota outside constant declaration");
                        return;
                    }
                    x.setConst(Universe.UNTYPED_INT, Constant.makeInt64(iota));
                    return;
                }
                x.setConst(t, k.val == null ? Constant.unknown() : k.val);
                return;
            }
            case Obj.TypeName tn -> {
                if (c.decl.aliasCycle(tn)) return;
                x.mode = Mode.TYPEXPR;
                if (t == null) {
                    // An alias being declared refers to itself.
                    c.error(id, "invalid use of type alias " + tn.name() + " in recursive type (see issue #50729)");
                    x.mode = Mode.INVALID;
                    return;
                }
                x.type = t;
                return;
            }
            case Obj.Var v -> {
                if (v.pkg() == c.pkg) v.used = true;
                if (t == null || Predicates.isInvalid(t)) return;
                x.mode = Mode.VARIABLE;
                x.type = t;
                return;
            }
            case Obj.Func f -> {
                x.mode = Mode.VALUE;
                x.type = t == null ? Universe.INVALID : t;
                return;
            }
            case Obj.Builtin b -> {
                x.mode = Mode.BUILTIN;
                x.builtin = b.id();
                x.type = Universe.INVALID;
                return;
            }
            case Obj.Nil n -> {
                x.mode = Mode.NILVALUE;
                x.type = Universe.UNTYPED_NIL;
                return;
            }
            case Obj.Label l -> {}
        }
    }

    private void basicLit(Operand x, Expr.BasicLit lit) {
        Type t = switch (lit.kind()) {
            case INT -> Universe.UNTYPED_INT;
            case FLOAT -> Universe.UNTYPED_FLOAT;
            case IMAG -> Universe.UNTYPED_COMPLEX;
            case CHAR -> Universe.UNTYPED_RUNE;
            case STRING -> Universe.UNTYPED_STRING;
            default -> Universe.INVALID;
        };
        Value v = Constant.makeFromLiteral(lit.value(), lit.kind());
        if (v.kind() == Kind.UNKNOWN) {
            c.error(lit, "malformed constant: " + lit.value());
            return;
        }
        x.setConst(t, v);
    }

    private void funcLit(Operand x, Expr.FuncLit f, Scope s) {
        Scope fs = new Scope(s, true, "function literal");
        c.info.scopes.put(f.type(), fs);
        Type.Signature sig = c.types.funcType(null, f.type(), fs);
        c.stmts.funcBody("func literal", fs, sig, f.body());
        x.mode = Mode.VALUE;
        x.type = sig;
    }

    private void typeAssert(Operand x, Expr.TypeAssert ta, Scope s) {
        expr(x, ta.x(), s);
        if (x.invalid()) return;
        if (ta.type() == null) {
            c.error(ta, "invalid AST: use of .(type) outside type switch");
            x.mode = Mode.INVALID;
            return;
        }
        if (!(x.type.underlying() instanceof Type.Interface iface)) {
            c.error(x, "invalid operation: " + c.str(x) + " is not an interface");
            return;
        }
        Type t = c.types.typExpr(ta.type(), s);
        if (Predicates.isInvalid(t)) {
            x.mode = Mode.INVALID;
            return;
        }
        checkAssertion(x, iface, t, ta, false);
        x.mode = Mode.COMMAOK;
        x.type = t;
    }

    /** Reports a type assertion (or type switch case) x.(T) that can never succeed. */
    void checkAssertion(Operand x, Type.Interface iface, Type t, Expr e, boolean typeSwitch) {
        if (t.underlying() instanceof Type.Interface) return;
        Lookup.Missing miss = Lookup.missingMethod(t, iface, false);
        if (miss == null) return;
        String cause = Lookup.reason(miss, c.pkg);
        if (typeSwitch) {
            c.error(e, "impossible type switch case: " + AstPrinter.print(e) + "\n\t" + c.str(x)
                    + " cannot have dynamic type " + c.str(t) + " " + cause);
        } else {
            c.error(e, "impossible type assertion: " + AstPrinter.print(e) + "\n\t" + c.str(t)
                    + " does not implement " + c.str(x.type) + " " + cause);
        }
    }

}
