package dev.jgo.ssagen;

import static dev.jgo.ssa.GenericOp.*;

import dev.jgo.ssa.Block;
import dev.jgo.ssa.Value;
import dev.jgo.syntax.Expr;
import dev.jgo.types.BuiltinId;
import dev.jgo.types.Info;
import dev.jgo.types.Sizes;
import dev.jgo.types.Type;
import dev.jgo.types.Universe;
import dev.jgo.types.constant.Constant;
import java.util.ArrayList;
import java.util.List;

/** The built-in functions: len, cap, append, copy, make, new, complex, real, imag, print, println. */
final class Builtins {
    private final FuncGen g;
    private final Exprs x;
    private final Calls calls;

    Builtins(FuncGen g, Exprs x, Calls calls) {
        this.g = g;
        this.x = x;
        this.calls = calls;
    }

    List<Value> call(BuiltinId id, Expr.Call c) {
        List<Expr> a = c.args();
        Type t = x.typeOf(c);
        if (a.size() == 1 && id != BuiltinId.PRINT && id != BuiltinId.PRINTLN && g.info.typeOf(a.getFirst()) instanceof Type.Tuple) {
            throw new Unsupported(c.pos(), "built-in " + id.name().toLowerCase() + " of a multi-value call");
        }
        return switch (id) {
            case LEN, CAP -> List.of(lenOrCap(id, a.getFirst()));
            case APPEND -> List.of(append(c));
            case COPY -> List.of(copy(a.get(0), a.get(1)));
            case MAKE -> List.of(makeSlice(c));
            case NEW -> List.of(g.v(Copy, t, g.newObject(((Type.Pointer) t.underlying()).elem())));
            case COMPLEX -> List.of(g.v(ComplexMake, t, x.expr(a.get(0)), x.expr(a.get(1))));
            case REAL -> List.of(g.v(ComplexReal, t, x.expr(a.getFirst())));
            case IMAG -> List.of(g.v(ComplexImag, t, x.expr(a.getFirst())));
            case PANIC -> {
                Value e = new Conversions(g).toEmptyInterface(x.expr(a.getFirst()), x.typeOf(a.getFirst()));
                g.pos = c.pos();
                g.rtcall("gopanic", e);
                g.exit();
                yield List.of();
            }
            case PRINT, PRINTLN -> {
                print(a, id == BuiltinId.PRINTLN);
                yield List.of();
            }
            default -> throw new Unsupported(c.pos(), "built-in " + id.name().toLowerCase());
        };
    }

    private Value lenOrCap(BuiltinId id, Expr arg) {
        Type t = x.typeOf(arg).underlying();
        if (t instanceof Type.Pointer p) t = p.elem().underlying();
        if (t instanceof Type.Array at) {
            x.expr(arg);
            return g.intConst(at.len());
        }
        Value v = x.expr(arg);
        if (Kinds.isString(t)) return g.v(StringLen, Universe.INT, v);
        return g.v(id == BuiltinId.LEN ? SliceLen : SliceCap, Universe.INT, v);
    }

    /**
     * append as gc builds it: the new length compared with the capacity, runtime.growslice only
     * when it does not fit, then the new elements stored after the old ones.
     */
    private Value append(Expr.Call c) {
        Expr first = c.args().getFirst();
        Type st = x.typeOf(c);
        Type elem = ((Type.Slice) st.underlying()).elem();
        Type pt = new Type.Pointer(elem);
        long size = Sizes.sizeof(elem);
        Value s = x.expr(first);
        List<Value> vals = new ArrayList<>();
        Value srcPtr = null, n;
        if (c.hasDots()) {
            Value o = x.expr(c.args().get(1));
            boolean str = Kinds.isString(x.typeOf(c.args().get(1)));
            srcPtr = g.v(str ? StringPtr : SlicePtr, Universe.UNSAFE_POINTER, o);
            n = g.v(str ? StringLen : SliceLen, Universe.INT, o);
        } else {
            // each value is read before the first store (append(s[:0], s[1], s[0]) of arrays)
            for (Expr e : c.args().subList(1, c.args().size())) {
                Value v = x.exprAs(e, elem);
                vals.add(vals.isEmpty() ? v : g.stable(v, elem));
            }
            n = g.intConst(vals.size());
        }
        g.pos = c.pos();
        Value p = g.v(SlicePtr, pt, s);
        Value l = g.v(SliceLen, Universe.INT, s);
        Value cap = g.v(SliceCap, Universe.INT, s);
        Value nl = g.v(Add64, Universe.INT, l, n);
        Object ptrVar = new Object(), lenVar = new Object(), capVar = new Object();
        g.write(ptrVar, p);
        g.write(lenVar, nl);
        g.write(capVar, cap);
        Block grow = g.newBlock(), assign = g.newBlock();
        g.branch(g.v(Less64U, Universe.BOOL, cap, nl), grow, assign, Block.Likely.UNLIKELY);
        g.startSealed(grow);
        List<Value> r = g.rtcall("growslice", g.typeDesc(elem), g.v(Copy, Universe.UNSAFE_POINTER, p), l, cap, nl);
        g.write(ptrVar, g.v(Copy, pt, r.get(0)));
        g.write(lenVar, g.v(Add64, Universe.INT, r.get(1), n));
        g.write(capVar, r.get(2));
        g.jump(assign);
        g.startSealed(assign);
        p = g.read(ptrVar, pt);
        nl = g.read(lenVar, Universe.INT);
        cap = g.read(capVar, Universe.INT);
        for (int i = 0; i < vals.size(); i++) {
            g.store(elem, x.ptrIndex(p, g.v(Add64, Universe.INT, l, g.intConst(i)), elem), vals.get(i));
        }
        if (srcPtr != null) {
            Value dst = g.v(Copy, Universe.UNSAFE_POINTER, x.ptrIndex(p, l, elem));
            g.rtcall("memmove", dst, srcPtr, g.v(Copy, Universe.UINTPTR, bytes(n, size)));
        }
        return g.v(SliceMake, st, p, nl, cap);
    }

    private Value bytes(Value n, long size) {
        return size == 1 ? n : g.v(Mul64, Universe.INT, n, g.intConst(size));
    }

    /** copy(dst, src): min(len(dst), len(src)) elements moved with runtime.memmove. */
    private Value copy(Expr dstE, Expr srcE) {
        Value dst = x.expr(dstE), src = x.expr(srcE);
        boolean str = Kinds.isString(x.typeOf(srcE));
        Type elem = ((Type.Slice) x.typeOf(dstE).underlying()).elem();
        Value ld = g.v(SliceLen, Universe.INT, dst);
        Value ls = g.v(str ? StringLen : SliceLen, Universe.INT, src);
        Value n = g.choose(g.v(Less64, Universe.BOOL, ls, ld), Universe.INT, () -> ls, () -> ld);
        g.rtcall("memmove", g.v(SlicePtr, Universe.UNSAFE_POINTER, dst),
                g.v(str ? StringPtr : SlicePtr, Universe.UNSAFE_POINTER, src),
                g.v(Copy, Universe.UINTPTR, bytes(n, Sizes.sizeof(elem))));
        return n;
    }

    /** make([]T, len[, cap]): runtime.makeslice checks the sizes and allocates. */
    private Value makeSlice(Expr.Call c) {
        Type st = x.typeOf(c);
        if (!(st.underlying() instanceof Type.Slice sl)) throw new Unsupported(c.pos(), "make of " + Kinds.str(st));
        Value len = x.indexValue(c.args().get(1));
        Value cap = c.args().size() > 2 ? x.indexValue(c.args().get(2)) : len;
        g.pos = c.pos();
        Value p = g.rtcall("makeslice", g.typeDesc(sl.elem()), len, cap).getFirst();
        return g.v(SliceMake, st, g.v(Copy, new Type.Pointer(sl.elem()), p), len, cap);
    }

    /**
     * print and println as gc lowers them: the arguments are evaluated first, then printed
     * between printlock and printunlock; println's spaces and newline are constant strings
     * merged with neighbouring constant strings, and a lone " " or "\n" is printsp or printnl.
     */
    private void print(List<Expr> args, boolean ln) {
        List<Object> items = new ArrayList<>(); // String constants or evaluated [Value, Type]
        if (args.size() == 1 && Exprs.unparen(args.getFirst()) instanceof Expr.Call c && g.info.typeOf(c) instanceof Type.Tuple tu) {
            List<Value> vals = calls.results(c);
            for (int i = 0; i < vals.size(); i++) {
                if (ln && i > 0) addString(items, " ");
                items.add(new Object[] {vals.get(i), tu.at(i)});
            }
            args = List.of();
        }
        for (int i = 0; i < args.size(); i++) {
            if (ln && i > 0) addString(items, " ");
            Expr e = args.get(i);
            Info.TypeAndValue tv = g.info.types.get(e);
            if (tv.value() != null && Kinds.isString(Kinds.typed(tv.type()))) {
                addString(items, Constant.stringVal(tv.value()));
            } else {
                items.add(new Object[] {x.expr(e), x.typeOf(e)});
            }
        }
        if (ln) addString(items, "\n");
        Conversions cv = new Conversions(g);
        g.rtcall("printlock");
        for (Object it : items) {
            if (it instanceof StringBuilder sb) {
                switch (sb.toString()) {
                    case " " -> g.rtcall("printsp");
                    case "\n" -> g.rtcall("printnl");
                    default -> g.rtcall("printstring", g.constString(Universe.STRING, sb.toString()));
                }
                continue;
            }
            Value v = (Value) ((Object[]) it)[0];
            Type t = (Type) ((Object[]) it)[1];
            if (Kinds.isBool(t)) g.rtcall("printbool", v);
            else if (Kinds.isInteger(t) && Kinds.isUnsigned(t)) g.rtcall("printuint", cv.convert(v, t, Universe.UINT64));
            else if (Kinds.isInteger(t)) g.rtcall("printint", cv.convert(v, t, Universe.INT64));
            else if (Kinds.isFloat(t)) g.rtcall("printfloat", cv.convert(v, t, Universe.FLOAT64));
            else if (Kinds.isComplex(t)) g.rtcall("printcomplex", cv.convert(v, t, Universe.COMPLEX128));
            else if (Kinds.isString(t)) g.rtcall("printstring", cv.convert(v, t, Universe.STRING));
            else if (t.underlying() instanceof Type.Slice) g.rtcall("printslice", g.v(Copy, new Type.Slice(Universe.BYTE), v));
            else if (Kinds.isPointerLike(t)) g.rtcall("printpointer", g.v(Copy, Universe.UNSAFE_POINTER, v));
            else if (t.underlying() instanceof Type.Interface i && i.isEmpty()) g.rtcall("printeface", v);
            else throw new Unsupported(g.pos, "printing a value of type " + Kinds.str(t));
        }
        g.rtcall("printunlock");
    }

    private static void addString(List<Object> items, String s) {
        if (!items.isEmpty() && items.getLast() instanceof StringBuilder sb) sb.append(s);
        else items.add(new StringBuilder(s));
    }
}
