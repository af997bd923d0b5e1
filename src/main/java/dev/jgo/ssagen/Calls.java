package dev.jgo.ssagen;

import static dev.jgo.ssa.GenericOp.*;

import dev.jgo.ssa.Value;
import dev.jgo.syntax.Expr;
import dev.jgo.types.Info;
import dev.jgo.types.Obj;
import dev.jgo.types.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls: conversions written as calls, built-in functions ({@link Builtins}), static calls of
 * package functions and direct method calls. A call passes whole Go values and leaves their
 * placement to late call expansion.
 */
final class Calls {
    private final FuncGen g;
    private final Exprs x;
    private final Builtins builtins;

    Calls(FuncGen g, Exprs x) {
        this.g = g;
        this.x = x;
        this.builtins = new Builtins(g, x, this);
    }

    /** The value of a call used as a single value. */
    Value single(Expr.Call c) {
        List<Value> r = results(c);
        if (r.isEmpty()) throw new Unsupported(c.pos(), "use of a call without results as a value");
        return r.getFirst();
    }

    /** Evaluates a call (or conversion, or built-in) and returns its results. */
    List<Value> results(Expr.Call c) {
        Expr fun = Exprs.unparen(c.fun());
        Info.TypeAndValue ftv = g.info.types.get(fun);
        if (ftv != null && ftv.mode() == Info.Mode.TYPE) {
            Expr arg = c.args().getFirst();
            Value v = x.expr(arg);
            g.pos = c.pos();
            return List.of(new Conversions(g).convert(v, x.typeOf(arg), x.typeOf(c)));
        }
        if (fun instanceof Expr.Ident id && g.info.objectOf(id) instanceof Obj.Builtin b) {
            return builtins.call(b.id(), c);
        }
        if (Exprs.denotedObject(g.info, fun) instanceof Obj.Func fn && fn.signature().recv() == null) {
            List<Value> args = args(fn.signature(), c);
            g.pos = c.pos();
            if (isMathSqrt(fn)) return List.of(g.v(Sqrt, fn.signature().results().vars().getFirst().type(), args.getFirst()));
            return g.call(g.pkg.funcSym(fn), args);
        }
        if (fun instanceof Expr.Selector s && g.info.selections.get(s) instanceof Info.Selection sel
                && sel.kind() == Info.Selection.Kind.METHOD_VAL && sel.obj() instanceof Obj.Func m) {
            List<Value> args = new ArrayList<>();
            args.add(receiver(s.x(), sel, m));
            args.addAll(args(m.signature(), c));
            g.pos = c.pos();
            return g.call(g.pkg.funcSym(m), args);
        }
        if (x.typeOf(fun).underlying() instanceof Type.Signature sig) {
            Value fv = x.expr(fun);
            List<Value> args = args(sig, c);
            g.pos = c.pos();
            return g.closureCall(sig, fv, args);
        }
        throw new Unsupported(c.pos(), "call of " + Kinds.str(x.typeOf(fun)));
    }

    /** As in gc, math.Sqrt is an intrinsic: one SQRTSD instead of a call. */
    private static boolean isMathSqrt(Obj.Func fn) {
        return fn.pkg() != null && fn.pkg().path().equals("math") && fn.name().equals("Sqrt");
    }

    /** The receiver argument: the value or pointer the method wants, through embedded fields. */
    Value receiver(Expr recv, Info.Selection sel, Obj.Func m) {
        if (m.signature().recv() != null && m.signature().recv().type().underlying() instanceof Type.Interface) {
            throw new Unsupported(recv.pos(), "interface method " + m.name());
        }
        boolean wantPtr = m.hasPtrRecv();
        List<Integer> path = sel.index().subList(0, sel.index().size() - 1);
        Type t;
        Value p;
        if (path.isEmpty()) {
            t = x.typeOf(recv);
            if (!(t.underlying() instanceof Type.Pointer)) return wantPtr ? x.addr(recv) : x.expr(recv);
            p = x.expr(recv);
        } else {
            Value fa = x.fieldPath(recv, path, path.size());
            t = ((Type.Pointer) fa.type()).elem();
            if (!(t.underlying() instanceof Type.Pointer)) return wantPtr ? fa : g.load(t, fa);
            p = g.load(t, fa);
        }
        if (wantPtr) return p;
        g.nilCheck(p);
        return g.load(((Type.Pointer) t.underlying()).elem(), p);
    }

    /**
     * The argument values for sig, each converted to its parameter's type: f(g()) spreads g's
     * results; variadic extras become a slice.
     */
    List<Value> args(Type.Signature sig, Expr.Call c) {
        List<Value> vals = new ArrayList<>();
        int n = sig.params().size();
        if (c.args().size() == 1 && Exprs.unparen(c.args().getFirst()) instanceof Expr.Call inner
                && g.info.typeOf(inner) instanceof Type.Tuple) {
            vals.addAll(results(inner));
        } else {
            for (int i = 0; i < c.args().size(); i++) {
                Type want = !sig.variadic() || i < n - 1 || c.hasDots() ? sig.params().at(Math.min(i, n - 1))
                        : ((Type.Slice) sig.params().at(n - 1).underlying()).elem();
                vals.add(x.exprAs(c.args().get(i), want));
            }
        }
        if (!sig.variadic() || c.hasDots()) return vals;
        Type st = sig.params().at(n - 1);
        List<Value> fixed = new ArrayList<>(vals.subList(0, n - 1));
        List<Value> extra = vals.subList(n - 1, vals.size());
        fixed.add(extra.isEmpty() ? g.zero(st) : sliceOf(st, extra));
        return fixed;
    }

    /** A new slice of type st holding vals, on the heap (the callee may keep it). */
    Value sliceOf(Type st, List<Value> vals) {
        Type elem = ((Type.Slice) st.underlying()).elem();
        Type arr = new Type.Array(elem, vals.size());
        Value p = g.v(Copy, new Type.Pointer(elem), g.newObject(arr));
        for (int i = 0; i < vals.size(); i++) g.store(elem, x.ptrIndex(p, g.intConst(i), elem), vals.get(i));
        Value n = g.intConst(vals.size());
        return g.v(SliceMake, st, p, n, n);
    }
}
