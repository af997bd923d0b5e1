package dev.jgo.types;

import dev.jgo.syntax.AstPrinter;
import dev.jgo.syntax.Expr;
import dev.jgo.syntax.Pos;
import dev.jgo.types.Operand.Mode;
import dev.jgo.types.constant.Constant;
import java.util.ArrayList;
import java.util.List;

/** Checks calls: function and method calls, conversions T(x); built-ins are in {@link Builtins}. */
final class Calls {
    private final Checker c;

    Calls(Checker c) {
        this.c = c;
    }

    void call(Operand x, Expr.Call call, Scope s) {
        c.exprs.rawExpr(x, call.fun(), s, null);
        c.exprs.singleValue(x);
        switch (x.mode) {
            case INVALID -> {
                useArgs(call.args(), s);
                x.expr = call;
                return;
            }
            case TYPEXPR -> {
                conversionCall(x, call, s);
                return;
            }
            case BUILTIN -> {
                c.builtins.call(x, call, x.builtin, s);
                x.expr = call;
                return;
            }
            default -> {}
        }
        if (Predicates.isInvalid(x.type)) {
            useArgs(call.args(), s);
            x.mode = Mode.INVALID;
            x.expr = call;
            return;
        }
        if (!(x.type.underlying() instanceof Type.Signature sig)) {
            c.error(x, "invalid operation: cannot call non-function " + c.str(x));
            useArgs(call.args(), s);
            x.expr = call;
            return;
        }
        List<Operand> args = exprList(call.args(), s, false);
        arguments(call, sig, args);
        c.exprs.hasCallOrRecv = true;
        switch (sig.results().size()) {
            case 0 -> x.mode = Mode.NOVALUE;
            case 1 -> {
                x.mode = Mode.VALUE;
                x.type = sig.results().at(0);
            }
            default -> {
                x.mode = Mode.VALUE;
                x.type = sig.results();
            }
        }
        x.expr = call;
    }

    private void conversionCall(Operand x, Expr.Call call, Scope s) {
        Type t = x.type;
        x.mode = Mode.INVALID;
        switch (call.args().size()) {
            case 0 -> c.error(call.pos(), "missing argument in conversion to " + c.str(t));
            case 1 -> {
                c.exprs.expr(x, call.args().get(0), s);
                if (x.invalid()) break;
                if (call.hasDots()) {
                    c.error(call.args().get(0), "invalid use of ... in type conversion to " + c.str(t));
                    x.mode = Mode.INVALID;
                    break;
                }
                conversion(x, t);
            }
            default -> {
                useArgs(call.args(), s);
                c.error(call.args().get(call.args().size() - 1), "too many arguments in conversion to " + c.str(t));
            }
        }
        x.expr = call;
    }

    /** Evaluates call arguments; a single multi-valued call is spread into its values. */
    List<Operand> exprList(List<Expr> es, Scope s, boolean allowCommaOk) {
        List<Operand> out = new ArrayList<>();
        if (es.size() == 1) {
            Operand x = new Operand();
            c.exprs.multiExpr(x, es.get(0), s);
            if (!x.invalid() && x.type instanceof Type.Tuple t) {
                for (Obj.Var v : t.vars()) {
                    Operand o = new Operand();
                    o.mode = Mode.VALUE;
                    o.expr = es.get(0);
                    o.type = v.type();
                    out.add(o);
                }
                return out;
            }
            out.add(x);
            return out;
        }
        for (Expr e : es) {
            Operand x = new Operand();
            c.exprs.expr(x, e, s);
            out.add(x);
        }
        return out;
    }

    /** Checks the arguments of a call against sig's parameters (variadic ones spread). */
    void arguments(Expr.Call call, Type.Signature sig, List<Operand> args) {
        for (Operand a : args) {
            if (a.mode == Mode.TYPEXPR) {
                c.error(a, AstPrinter.print(a.expr) + " (type) is not an expression");
                return;
            }
            if (a.invalid()) return;
        }
        int nargs = args.size(), npars = sig.params().size();
        List<Type> params = new ArrayList<>();
        for (Obj.Var v : sig.params().vars()) params.add(v.type());
        if (sig.variadic()) {
            if (call.hasDots()) {
                if (call.args().size() == 1 && nargs > 1) {
                    c.error(call.pos(), "cannot use ... with " + nargs + "-valued " + AstPrinter.print(call.args().get(0)));
                    return;
                }
            } else if (nargs >= npars - 1) {
                Type elem = ((Type.Slice) params.get(npars - 1)).elem();
                params.remove(npars - 1);
                while (params.size() < nargs) params.add(elem);
                npars = nargs;
            } else {
                npars--;
            }
        } else if (call.hasDots()) {
            c.error(call.pos(), "cannot use ... in call to non-variadic " + AstPrinter.print(call.fun()));
            return;
        }
        if (nargs != npars) {
            Pos at = call.pos();
            String q = "not enough";
            if (nargs > npars) {
                at = args.get(npars).pos();
                q = "too many";
            } else if (nargs > 0) {
                at = args.get(nargs - 1).pos();
            }
            List<Type> have = new ArrayList<>();
            for (Operand a : args) have.add(a.type);
            c.error(at, q + " arguments in call to " + AstPrinter.print(call.fun()) + "\n\thave "
                    + typesSummary(have, false) + "\n\twant " + typesSummary(sigTypes(sig), sig.variadic()));
            return;
        }
        String ctx = "argument to " + AstPrinter.print(call.fun());
        for (int i = 0; i < nargs; i++) c.assign.assignment(args.get(i), params.get(i), ctx);
    }

    private static List<Type> sigTypes(Type.Signature sig) {
        List<Type> l = new ArrayList<>();
        for (Obj.Var v : sig.params().vars()) l.add(v.type());
        return l;
    }

    /** gc's summary of a list of types, e.g. "(number, string)". */
    String typesSummary(List<Type> list, boolean variadic) {
        List<String> res = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Type t = list.get(i);
            String str;
            if (t == null || Predicates.isInvalid(t)) str = "<T>";
            else if (Predicates.isUntyped(t)) str = Predicates.isNumeric(t) ? "number" : ((Type.Basic) t).name().replace("untyped ", "");
            else if (variadic && i == list.size() - 1 && t instanceof Type.Slice sl) str = "..." + c.str(sl.elem());
            else str = c.str(t);
            res.add(str);
        }
        return "(" + String.join(", ", res) + ")";
    }

    void useArgs(List<Expr> args, Scope s) {
        for (Expr a : args) {
            Operand x = new Operand();
            c.exprs.rawExpr(x, a, s, null);
        }
    }

    /** Checks the conversion T(x); x becomes the result. */
    void conversion(Operand x, Type t) {
        boolean constArg = x.mode == Mode.CONSTANT;
        boolean ok;
        StringBuilder cause = new StringBuilder();
        if (constArg && Predicates.isConstType(t)) {
            Type.Basic b = (Type.Basic) t.underlying();
            var v = Representable.convert(x.val, b);
            if (v != null) {
                x.val = v;
                ok = true;
            } else if (Predicates.isInteger(x.type) && Predicates.isString(t)) {
                x.val = Constant.makeStringFromRune(Constant.toInt(x.val));
                ok = true;
            } else {
                ok = false;
            }
        } else {
            ok = convertibleTo(x, t, cause);
            if (ok) x.mode = Mode.VALUE;
        }
        if (!ok) {
            c.error(x, "cannot convert " + c.str(x) + " to type " + c.str(t) + (cause.isEmpty() ? "" : ":\n\t" + cause));
            return;
        }
        if (Predicates.isUntyped(x.type)) {
            Type fin = t;
            if (x.type == Universe.UNTYPED_NIL) {
                fin = t;
            } else if (Predicates.isInterface(t) || constArg && !Predicates.isConstType(t)) {
                fin = Predicates.defaultType(x.type);
            } else if (x.mode == Mode.CONSTANT && Predicates.isInteger(x.type) && Predicates.isString(t)) {
                fin = x.type;
            }
            c.untyped.updateExprType(x.expr, fin, true);
        }
        x.type = t;
        if (x.mode == Mode.NILVALUE) x.mode = Mode.VALUE;
    }

    /** Whether x converts to t; if not, cause may receive gc's explanation. */
    boolean convertibleTo(Operand x, Type t, StringBuilder cause) {
        if (c.assign.assignableTo(x, t, cause)) return true;
        Type v = x.type, vu = v.underlying(), tu = t.underlying();
        if (Predicates.identicalIgnoreTags(vu, tu)) return true;
        if (v instanceof Type.Pointer vp && t instanceof Type.Pointer tp
                && Predicates.identicalIgnoreTags(vp.elem().underlying(), tp.elem().underlying())) {
            return true;
        }
        if ((Predicates.isInteger(vu) || Predicates.isFloat(vu)) && (Predicates.isInteger(tu) || Predicates.isFloat(tu))) return true;
        if (Predicates.isComplex(vu) && Predicates.isComplex(tu)) return true;
        if ((Predicates.isInteger(vu) || isBytesOrRunes(vu)) && Predicates.isString(tu)) return true;
        if (Predicates.isString(vu) && isBytesOrRunes(tu)) return true;
        if ((vu instanceof Type.Pointer || isUintptr(vu)) && Predicates.isUnsafePointer(tu)) return true;
        if (Predicates.isUnsafePointer(vu) && (tu instanceof Type.Pointer || isUintptr(tu))) return true;
        if (vu instanceof Type.Slice s && tu instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Array a) {
            return Predicates.identical(s.elem(), a.elem());
        }
        return false;
    }

    private static boolean isUintptr(Type t) {
        return t instanceof Type.Basic b && b.kind() == BasicKind.UINTPTR;
    }

    private static boolean isBytesOrRunes(Type t) {
        if (t instanceof Type.Slice s && s.elem().underlying() instanceof Type.Basic b) {
            return b.kind() == BasicKind.UINT8 || b.kind() == BasicKind.INT32;
        }
        return false;
    }

}
