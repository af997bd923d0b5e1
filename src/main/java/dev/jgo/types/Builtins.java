package dev.jgo.types;

import dev.jgo.syntax.AstPrinter;
import dev.jgo.syntax.Expr;
import dev.jgo.syntax.Token;
import dev.jgo.types.Operand.Mode;
import dev.jgo.types.constant.Constant;
import dev.jgo.types.constant.Kind;
import java.util.List;

/** Checks calls of the built-in functions (universe and unsafe), with amd64 sizes. */
final class Builtins {
    private final Checker c;

    Builtins(Checker c) {
        this.c = c;
    }

    void call(Operand x, Expr.Call call, BuiltinId id, Scope s) {
        String name = AstPrinter.print(call);
        if (call.hasDots() && id != BuiltinId.APPEND) {
            c.error(call.pos(), "invalid operation: invalid use of ... with built-in " + id.goName);
            c.calls.useArgs(call.args(), s);
            x.mode = Mode.INVALID;
            return;
        }
        List<Expr> args = call.args();
        int nargs = args.size();
        List<Operand> ops = null;
        boolean typeArg = id == BuiltinId.MAKE || id == BuiltinId.NEW || id == BuiltinId.OFFSETOF;
        boolean savedCall = c.exprs.hasCallOrRecv;
        c.exprs.hasCallOrRecv = false;
        if (!typeArg) {
            ops = c.calls.exprList(args, s, false);
            nargs = ops.size();
            for (Operand o : ops) {
                if (o.invalid()) {
                    x.mode = Mode.INVALID;
                    c.exprs.hasCallOrRecv |= savedCall;
                    return;
                }
            }
            if (nargs > 0) x.copyFrom(ops.get(0));
        }
        String msg = nargs < id.nargs ? "not enough" : !id.variadic && nargs > id.nargs ? "too many" : null;
        if (msg != null) {
            c.error(call.pos(), "invalid operation: " + msg + " arguments for " + name + " (expected " + id.nargs + ", found " + nargs + ")");
            x.mode = Mode.INVALID;
            c.exprs.hasCallOrRecv |= savedCall;
            return;
        }
        try {
            dispatch(x, call, id, ops, s);
        } finally {
            // A built-in call with a non-constant result counts as a call for len/cap constness.
            c.exprs.hasCallOrRecv |= savedCall || x.mode != Mode.CONSTANT && x.mode != Mode.INVALID;
        }
    }

    private void dispatch(Operand x, Expr.Call call, BuiltinId id, List<Operand> ops, Scope s) {
        switch (id) {
            case APPEND -> append(x, call, ops);
            case CAP, LEN -> lenCap(x, id);
            case CLOSE -> {
                if (!(x.type.underlying() instanceof Type.Chan ch)) {
                    c.error(x, "invalid operation: cannot close non-channel " + c.str(x));
                    return;
                }
                if (ch.dir() == Type.ChanDir.RECV) {
                    c.error(x, "invalid operation: cannot close receive-only channel " + c.str(x));
                    return;
                }
                x.mode = Mode.NOVALUE;
            }
            case COMPLEX -> complex(x, ops.get(1), call);
            case COPY -> {
                Operand y = ops.get(1);
                Type dst = x.type.underlying() instanceof Type.Slice sl ? sl.elem() : null;
                Type src = y.type.underlying() instanceof Type.Slice sl ? sl.elem()
                        : Predicates.isString(y.type) ? Universe.BYTE : null;
                if (dst == null || src == null) {
                    c.error(x, "invalid argument: copy expects slice arguments; found " + c.str(x) + " and " + c.str(y));
                    return;
                }
                if (!Predicates.identical(dst, src)) {
                    c.error(x, "invalid argument: arguments to copy " + c.str(x) + " and " + c.str(y)
                            + " have different element types " + c.str(dst) + " and " + c.str(src));
                    return;
                }
                x.mode = Mode.VALUE;
                x.type = Universe.INT;
            }
            case DELETE -> {
                if (!(x.type.underlying() instanceof Type.Map m)) {
                    c.error(x, "invalid argument: " + c.str(x) + " is not a map");
                    return;
                }
                Operand k = ops.get(1);
                c.assign.assignment(k, m.key(), "argument to delete");
                if (k.invalid()) {
                    x.mode = Mode.INVALID;
                    return;
                }
                x.mode = Mode.NOVALUE;
            }
            case IMAG, REAL -> realImag(x, id);
            case MAKE -> make(x, call, s);
            case NEW -> {
                Type t = c.types.typExpr(call.args().get(0), s);
                if (Predicates.isInvalid(t)) {
                    x.mode = Mode.INVALID;
                    return;
                }
                x.mode = Mode.VALUE;
                x.type = new Type.Pointer(t);
            }
            case PANIC -> {
                c.assign.assignment(x, new Type.Interface(), "argument to panic");
                if (x.invalid()) return;
                x.mode = Mode.NOVALUE;
            }
            case PRINT, PRINTLN -> {
                for (Operand o : ops) {
                    c.assign.assignment(o, null, "argument to built-in " + id.goName);
                    if (o.invalid()) {
                        x.mode = Mode.INVALID;
                        return;
                    }
                }
                x.mode = Mode.NOVALUE;
            }
            case RECOVER -> {
                x.mode = Mode.VALUE;
                x.type = new Type.Interface();
            }
            case ALIGNOF, SIZEOF -> {
                c.assign.assignment(x, null, "argument to unsafe." + id.goName);
                if (x.invalid()) return;
                long v = id == BuiltinId.SIZEOF ? Sizes.sizeof(x.type) : Sizes.alignof(x.type);
                x.setConst(Universe.UINTPTR, Constant.makeInt64(v));
            }
            case OFFSETOF -> offsetof(x, call, s);
            case ADD -> {
                c.assign.assignment(x, Universe.UNSAFE_POINTER, "argument to unsafe.Add");
                if (x.invalid()) return;
                Operand y = ops.get(1);
                if (!new Indexing(c).isValidIndex(y, "length", true)) {
                    x.mode = Mode.INVALID;
                    return;
                }
                x.mode = Mode.VALUE;
                x.type = Universe.UNSAFE_POINTER;
            }
            case SLICE -> {
                if (!(x.type.underlying() instanceof Type.Pointer p)) {
                    c.error(x, "invalid argument: " + c.str(x) + " is not a pointer");
                    return;
                }
                Operand y = ops.get(1);
                if (!new Indexing(c).isValidIndex(y, "length", false)) {
                    x.mode = Mode.INVALID;
                    return;
                }
                x.mode = Mode.VALUE;
                x.type = new Type.Slice(p.elem());
            }
        }
    }

    private void append(Operand x, Expr.Call call, List<Operand> ops) {
        Type sType = x.type;
        if (!(sType.underlying() instanceof Type.Slice sl)) {
            String cause = x.isNil() ? "have untyped nil" : "have " + c.str(x);
            c.error(x, "first argument to append must be a slice; " + cause);
            return;
        }
        if (ops.size() == 2 && call.hasDots() && Predicates.isString(ops.get(1).type)
                && Predicates.identical(sl.elem().underlying(), Universe.UINT8)) {
            c.untyped.convert(ops.get(1), Universe.STRING);
            x.mode = Mode.VALUE;
            x.type = sType;
            return;
        }
        // append is checked as a call of func(S, ...T) S.
        Type.Signature sig = new Type.Signature(null, new Type.Tuple(List.of(
                Obj.Var.of(call.pos(), "", c.pkg, sType), Obj.Var.of(call.pos(), "", c.pkg, new Type.Slice(sl.elem())))),
                new Type.Tuple(List.of(Obj.Var.of(call.pos(), "", c.pkg, sType))), true);
        c.calls.arguments(call, sig, ops);
        x.mode = Mode.VALUE;
        x.type = sType;
    }

    private void lenCap(Operand x, BuiltinId id) {
        Type u = x.type.underlying();
        if (u instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Array a) u = a;
        Mode mode = Mode.INVALID;
        var val = (dev.jgo.types.constant.Value) null;
        switch (u) {
            case Type.Basic b when b.kind().isString() && id == BuiltinId.LEN -> {
                if (x.mode == Mode.CONSTANT) {
                    mode = Mode.CONSTANT;
                    val = Constant.makeInt64(Constant.stringVal(x.val).length());
                } else {
                    mode = Mode.VALUE;
                }
            }
            case Type.Array a -> {
                mode = Mode.VALUE;
                if (!c.exprs.hasCallOrRecv) {
                    mode = Mode.CONSTANT;
                    val = a.len() >= 0 ? Constant.makeInt64(a.len()) : Constant.unknown();
                }
            }
            case Type.Slice sl -> mode = Mode.VALUE;
            case Type.Chan ch -> mode = Mode.VALUE;
            case Type.Map m when id == BuiltinId.LEN -> mode = Mode.VALUE;
            default -> {}
        }
        if (mode == Mode.INVALID) {
            if (!Predicates.isInvalid(u)) c.error(x, "invalid argument: " + c.str(x) + " for " + id.goName);
            x.mode = Mode.INVALID;
            return;
        }
        x.mode = mode;
        x.type = Universe.INT;
        x.val = val;
    }

    private void complex(Operand x, Operand y, Expr.Call call) {
        if (Predicates.isUntyped(x.type) != Predicates.isUntyped(y.type)) {
            if (Predicates.isUntyped(x.type)) c.untyped.convert(x, y.type);
            else c.untyped.convert(y, x.type);
        } else if (Predicates.isUntyped(x.type)) {
            if (x.mode == Mode.CONSTANT && y.mode == Mode.CONSTANT) {
                toFloat(x);
                toFloat(y);
            } else {
                c.untyped.convert(x, Universe.FLOAT64);
                c.untyped.convert(y, Universe.FLOAT64);
            }
        }
        if (x.invalid() || y.invalid()) {
            x.mode = Mode.INVALID;
            return;
        }
        if (!Predicates.identical(x.type, y.type)) {
            c.error(x, "invalid operation: " + AstPrinter.print(call) + " (mismatched types " + c.str(x.type) + " and " + c.str(y.type) + ")");
            return;
        }
        Type res = null;
        if (x.type.underlying() instanceof Type.Basic b) {
            res = switch (b.kind()) {
                case FLOAT32 -> Universe.COMPLEX64;
                case FLOAT64 -> Universe.COMPLEX128;
                case UNTYPED_FLOAT -> Universe.UNTYPED_COMPLEX;
                default -> null;
            };
        }
        if (res == null) {
            c.error(x, "invalid argument: arguments have type " + c.str(x.type) + ", expected floating-point");
            return;
        }
        if (x.mode == Mode.CONSTANT && y.mode == Mode.CONSTANT) {
            x.val = Constant.binaryOp(Constant.toFloat(x.val), Token.ADD, Constant.makeImag(Constant.toFloat(y.val)));
        } else {
            x.mode = Mode.VALUE;
        }
        x.type = res;
    }

    private static void toFloat(Operand x) {
        if (Predicates.isNumeric(x.type) && Constant.sign(Constant.imag(x.val)) == 0) x.type = Universe.UNTYPED_FLOAT;
    }

    private void realImag(Operand x, BuiltinId id) {
        if (Predicates.isUntyped(x.type)) {
            if (x.mode == Mode.CONSTANT) {
                // An untyped constant number is also an untyped complex constant.
                if (Predicates.isNumeric(x.type)) x.type = Universe.UNTYPED_COMPLEX;
            } else {
                c.untyped.convert(x, Universe.COMPLEX128);
                if (x.invalid()) return;
            }
        }
        Type res = null;
        if (x.type.underlying() instanceof Type.Basic b) {
            res = switch (b.kind()) {
                case COMPLEX64 -> Universe.FLOAT32;
                case COMPLEX128 -> Universe.FLOAT64;
                case UNTYPED_COMPLEX -> Universe.UNTYPED_FLOAT;
                default -> null;
            };
        }
        if (res == null) {
            c.error(x, "invalid argument: argument has type " + c.str(x.type) + ", expected complex type");
            return;
        }
        if (x.mode == Mode.CONSTANT) {
            x.val = id == BuiltinId.REAL ? Constant.real(x.val) : Constant.imag(x.val);
        } else {
            x.mode = Mode.VALUE;
        }
        x.type = res;
    }

    private void make(Operand x, Expr.Call call, Scope s) {
        Expr arg0 = call.args().get(0);
        Type t = c.types.typExpr(arg0, s);
        x.mode = Mode.INVALID;
        if (Predicates.isInvalid(t)) return;
        int min;
        switch (t.underlying()) {
            case Type.Slice sl -> min = 2;
            case Type.Map m -> min = 1;
            case Type.Chan ch -> min = 1;
            default -> {
                c.error(arg0, "invalid argument: cannot make " + AstPrinter.print(arg0) + "; type must be slice, map, or channel");
                return;
            }
        }
        int nargs = call.args().size();
        if (nargs < min || min + 1 < nargs) {
            c.error(call.pos(), "invalid operation: " + AstPrinter.print(call) + " expects " + min + " or " + (min + 1)
                    + " arguments; found " + nargs);
            return;
        }
        long[] sizes = new long[2];
        int n = 0;
        for (Expr a : call.args().subList(1, nargs)) {
            long v = new Indexing(c).index(a, -1, s);
            if (v >= 0) sizes[n++] = v;
        }
        if (n == 2 && sizes[0] > sizes[1]) c.error(call.args().get(1), "invalid argument: length and capacity swapped");
        x.mode = Mode.VALUE;
        x.type = t;
    }

    private void offsetof(Operand x, Expr.Call call, Scope s) {
        Expr arg0 = call.args().get(0);
        while (arg0 instanceof Expr.Paren p) arg0 = p.x();
        x.mode = Mode.INVALID;
        if (!(arg0 instanceof Expr.Selector sel)) {
            c.error(arg0, "invalid argument: " + AstPrinter.print(arg0) + " is not a selector expression");
            c.calls.useArgs(call.args(), s);
            return;
        }
        Operand base = new Operand();
        c.exprs.expr(base, sel.x(), s);
        if (base.invalid()) return;
        Type bt = base.type;
        if (bt.underlying() instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Struct) bt = p.elem();
        Lookup.Result r = Lookup.fieldOrMethod(bt, false, c.pkg, sel.sel().name());
        if (!r.found() && !r.needsPtr()) {
            c.error(sel.sel(), "invalid argument: " + c.str(base.type) + " has no single field " + sel.sel().name());
            return;
        }
        if (!(r.obj() instanceof Obj.Var f)) {
            c.error(arg0, "invalid argument: " + AstPrinter.print(arg0) + " is a method value");
            return;
        }
        if (r.indirect()) {
            c.error(sel.sel(), "invalid argument: field " + sel.sel().name() + " is embedded via a pointer in " + c.str(bt));
            return;
        }
        c.recordUse(sel.sel(), f);
        c.info.selections.put(sel, new Info.Selection(Info.Selection.Kind.FIELD, base.type, f, r.index(), false));
        Operand field = new Operand();
        field.mode = base.mode == Mode.VARIABLE ? Mode.VARIABLE : Mode.VALUE;
        field.expr = sel;
        field.type = f.type();
        c.record(field);
        long off = 0;
        Type t = bt;
        for (int i : r.index()) {
            Type.Struct st = (Type.Struct) t.underlying();
            off += Sizes.offsetsof(st)[i];
            t = st.fields().get(i).type();
        }
        x.setConst(Universe.UINTPTR, Constant.makeInt64(off));
    }
}
