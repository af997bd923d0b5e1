package dev.jgo.ssagen;

import static dev.jgo.ssa.GenericOp.*;

import dev.jgo.ssa.Block;
import dev.jgo.ssa.SsaTypes;
import dev.jgo.ssa.Value;
import dev.jgo.syntax.Expr;
import dev.jgo.syntax.Token;
import dev.jgo.types.Info;
import dev.jgo.types.Obj;
import dev.jgo.types.Predicates;
import dev.jgo.types.Sizes;
import dev.jgo.types.Type;
import dev.jgo.types.Universe;
import dev.jgo.types.constant.Constant;
import java.util.List;

/**
 * Expressions: {@link #expr} gives an expression's value (a whole Go value, also for structs and
 * arrays, which are then loads of their memory), {@link #addr} the address of an addressable
 * expression, {@link #cond} lowers a boolean expression straight into branches.
 */
final class Exprs {
    private final FuncGen g;
    Operators ops;
    Calls calls;

    Exprs(FuncGen g) {
        this.g = g;
    }

    Type typeOf(Expr e) {
        return Kinds.typed(g.info.typeOf(e));
    }

    Value expr(Expr e) {
        g.pos = e.pos();
        Info.TypeAndValue tv = g.info.types.get(e);
        if (tv != null && tv.value() != null) return constant(Kinds.typed(tv.type()), tv.value());
        return switch (e) {
            case Expr.Paren p -> expr(p.x());
            case Expr.Ident id -> named(id, g.info.objectOf(id));
            case Expr.Unary u -> unary(u);
            case Expr.Binary b -> ops.binary(b);
            case Expr.Star s -> g.load(typeOf(e), addr(e));
            case Expr.Selector s -> selector(s);
            case Expr.Index ix -> index(ix);
            case Expr.Slice s -> new Slicing(g, this).slice(s);
            case Expr.Call c -> calls.single(c);
            case Expr.CompositeLit c -> compositeValue(c, typeOf(c));
            case Expr.FuncLit lit -> g.pkg.closure(g, lit);
            case Expr.TypeAssert ta -> new Interfaces(g).assertion(expr(ta.x()), typeOf(ta.x()), typeOf(ta), false).getFirst();
            default -> throw Unsupported.of(e);
        };
    }

    /**
     * The value of e assigned to a variable, parameter, result or element of type t: converted
     * to t where t is an interface.
     */
    Value exprAs(Expr e, Type t) {
        Value v = expr(e);
        if (Kinds.basic(g.info.typeOf(e)) == dev.jgo.types.BasicKind.UNTYPED_NIL && Interfaces.isInterface(t)) return g.zero(t);
        return valueAs(v, typeOf(e), t);
    }

    /** Value v of type from, assigned to a variable of type t: converted when t is an interface. */
    Value valueAs(Value v, Type from, Type t) {
        if (!Interfaces.isInterface(t) || Predicates.identical(from, t)) return v;
        return new Interfaces(g).convert(v, from, t);
    }

    /** A Go constant of type t as an SSA constant. */
    Value constant(Type t, dev.jgo.types.constant.Value c) {
        if (Kinds.isBool(t)) return g.f.constBool(g.pos, t, Constant.boolVal(c));
        if (Kinds.isString(t)) return g.constString(t, Constant.stringVal(c));
        if (Kinds.isInteger(t) || Kinds.isPointerLike(t)) {
            long bits = Kinds.isUnsigned(t) ? Constant.uint64Val(Constant.toInt(c)) : Constant.int64Val(Constant.toInt(c));
            return g.constInt(t, bits);
        }
        if (Kinds.isFloat(t)) return g.floatConst(t, floatValue(t, c));
        if (Kinds.isComplex(t)) {
            Type part = Kinds.complexPart(t);
            Value re = g.floatConst(part, floatValue(part, Constant.real(c)));
            Value im = g.floatConst(part, floatValue(part, Constant.imag(c)));
            return g.v(ComplexMake, t, re, im);
        }
        throw new Unsupported(g.pos, "constant of type " + Kinds.str(t));
    }

    /** c rounded once, straight to t's precision (no double rounding for float32). */
    private static double floatValue(Type t, dev.jgo.types.constant.Value c) {
        c = Constant.toFloat(c);
        return Sizes.sizeof(t) == 4 ? Constant.float32Val(c) : Constant.float64Val(c);
    }

    /** The value of a name or qualified name denoting o. */
    private Value named(Expr id, Obj o) {
        if (o instanceof Obj.Nil) return g.zero(typeOf(id));
        if (o instanceof Obj.Var v) {
            if (!inMemory(id)) return g.read(v, v.type());
            return g.load(v.type(), addr(id));
        }
        if (o instanceof Obj.Func fn && fn.signature().recv() == null) {
            return g.v(Addr, fn.signature(), 0, g.pkg.funcValue(fn), g.sb);
        }
        throw new Unsupported(id.pos(), "use of " + o + " as a value");
    }

    private Value unary(Expr.Unary u) {
        Type t = typeOf(u);
        if (u.op() == Token.AND) {
            if (unparen(u.x()) instanceof Expr.CompositeLit c) return compositeOnHeap(c, typeOf(c));
            return addr(u.x());
        }
        if (u.op() == Token.NOT) return g.v(Not, t, expr(u.x()));
        Value x = expr(u.x());
        return switch (u.op()) {
            case ADD -> x;
            case SUB -> ops.negate(t, x);
            case XOR -> g.v(of(Family.COM, Kinds.bits(t)), t, x);
            default -> throw Unsupported.of(u);
        };
    }

    /** The object a name or a qualified name (pkg.Name) denotes, or null. */
    static Obj denotedObject(Info info, Expr e) {
        e = unparen(e);
        if (e instanceof Expr.Ident id) return info.objectOf(id);
        if (e instanceof Expr.Selector s && !info.selections.containsKey(s)) return info.uses.get(s.sel());
        return null;
    }

    static Expr unparen(Expr e) {
        while (e instanceof Expr.Paren p) e = p.x();
        return e;
    }

    // ---- addresses

    /** Whether e denotes memory (so {@link #addr} works on it without copying). */
    boolean inMemory(Expr e) {
        return switch (unparen(e)) {
            case Expr.Ident id -> g.info.objectOf(id) instanceof Obj.Var v
                    && (v.parent() == v.pkg().scope() || g.heapVars.contains(v) || g.frameVars.contains(v));
            case Expr.Star s -> true;
            case Expr.Selector s -> {
                Info.Selection sel = g.info.selections.get(s);
                if (sel == null) yield g.info.uses.get(s.sel()) instanceof Obj.Var;
                yield sel.kind() == Info.Selection.Kind.FIELD && (sel.indirect() || inMemory(s.x()));
            }
            case Expr.Index ix -> {
                Type xt = typeOf(ix.x()).underlying();
                yield xt instanceof Type.Slice || xt instanceof Type.Pointer
                        || xt instanceof Type.Array && inMemory(ix.x());
            }
            default -> false;
        };
    }

    /** The address of e, which must be in memory (or a composite literal, which gets a new temp). */
    Value addr(Expr e) {
        g.pos = e.pos();
        switch (unparen(e)) {
            case Expr.Ident id -> {
                Obj.Var v = (Obj.Var) g.info.objectOf(id);
                if (g.heapVars.contains(v)) return g.read(v, new Type.Pointer(v.type()));
                if (g.frameVars.contains(v)) return g.localAddr(v, v.type());
                return globalAddr(v);
            }
            case Expr.Star s -> {
                Value p = expr(s.x());
                g.nilCheck(p);
                return p;
            }
            case Expr.Selector s -> {
                Info.Selection sel = g.info.selections.get(s);
                if (sel == null) return globalAddr((Obj.Var) g.info.uses.get(s.sel()));
                return fieldPath(s.x(), sel.index(), sel.index().size());
            }
            case Expr.Index ix -> {
                return elemAddr(ix);
            }
            case Expr.CompositeLit c -> {
                Type t = typeOf(c);
                Sym.Temp tmp = g.temp(t);
                g.setMem(g.v(VarDef, SsaTypes.MEM, 0, tmp, g.mem()));
                fill(g.localAddr(tmp, t), t, c);
                return g.localAddr(tmp, t);
            }
            default -> {
                return spill(e);
            }
        }
    }

    /** The address of e: its own memory when it has some, else a temporary holding its value. */
    Value addrOrSpill(Expr e) {
        return inMemory(e) || unparen(e) instanceof Expr.CompositeLit ? addr(e) : spill(e);
    }

    private Value globalAddr(Obj.Var v) {
        return g.v(Addr, new Type.Pointer(v.type()), 0, g.pkg.global(v), g.sb);
    }

    /** e's value stored in a new frame temporary; returns the temporary's address. */
    Value spill(Expr e) {
        return spill(expr(e), typeOf(e));
    }

    /** v (of type t) in a frame temporary ({@link FuncGen#spill}); returns the temporary's address. */
    Value spill(Value v, Type t) {
        return g.spill(v, t);
    }

    /**
     * The address reached from x through the first n indexes of an embedded-field path: pointers
     * on the way (including x itself) are dereferenced with a nil check.
     */
    Value fieldPath(Expr x, List<Integer> path, int n) {
        Type t = typeOf(x);
        Value p;
        if (t.underlying() instanceof Type.Pointer pt) {
            p = expr(x);
            g.nilCheck(p);
            t = pt.elem();
        } else {
            p = inMemory(x) ? addr(x) : spill(x);
        }
        for (int i = 0; i < n; i++) {
            if (t.underlying() instanceof Type.Pointer pt) {
                p = g.load(t, p);
                g.nilCheck(p);
                t = pt.elem();
            }
            Type.Struct st = (Type.Struct) t.underlying();
            int fi = path.get(i);
            t = st.fields().get(fi).type();
            p = g.v(OffPtr, new Type.Pointer(t), Sizes.offsetsof(st)[fi], null, p);
        }
        return p;
    }

    private Value selector(Expr.Selector s) {
        Info.Selection sel = g.info.selections.get(s);
        if (sel == null) return named(s, g.info.uses.get(s.sel()));
        if (sel != null && sel.kind() == Info.Selection.Kind.METHOD_VAL && sel.obj() instanceof Obj.Func m) {
            Value recv = calls.receiver(s.x(), sel, m);
            return g.pkg.methodValue(g, m, recv, (Type.Signature) typeOf(s));
        }
        if (sel.kind() == Info.Selection.Kind.METHOD_EXPR && sel.obj() instanceof Obj.Func m
                && sel.index().size() == 1 && Predicates.identical(sel.recv(), m.signature().recv().type())) {
            return g.v(Addr, typeOf(s), 0, g.pkg.funcValue(m), g.sb);
        }
        if (sel.kind() == Info.Selection.Kind.METHOD_EXPR) {
            if (!MethodTables.hasFunctions(sel.recv())) {
                throw new Unsupported(s.pos(), "method expression " + Kinds.str(sel.recv()) + "." + s.sel().name());
            }
            String wrapper = MethodTables.function(sel.recv(), s.sel().name()) + "·f";
            return g.v(Addr, typeOf(s), 0, new Sym.Global(wrapper, typeOf(s)), g.sb);
        }
        if (inMemory(s)) return g.load(typeOf(s), addr(s));
        // a field that cannot be an SSA value is read from the struct's (spilled) memory
        if (!SsaTypes.ssaAble(typeOf(s))) return g.load(typeOf(s), fieldPath(s.x(), sel.index(), sel.index().size()));
        Value v = expr(s.x());
        Type t = typeOf(s.x());
        for (int fi : sel.index()) {
            t = ((Type.Struct) t.underlying()).fields().get(fi).type();
            v = g.v(StructSelect, t, fi, null, v);
        }
        return v;
    }

    private Value index(Expr.Index ix) {
        Type xt = typeOf(ix.x());
        if (xt.underlying() instanceof Type.Map) return new Maps(g, this).index(ix);
        if (Kinds.isString(xt)) {
            Value s = expr(ix.x());
            Value i = indexValue(ix.index());
            Value len = g.v(StringLen, Universe.INT, s);
            boundsIndex(i, len, ix.index());
            Value p = g.v(AddPtr, new Type.Pointer(Universe.BYTE), g.v(StringPtr, new Type.Pointer(Universe.BYTE), s), i);
            return g.load(Universe.BYTE, p);
        }
        return g.load(typeOf(ix), elemAddr(ix));
    }

    /** The address of x[i] for an array, pointer to array or slice x, after the bounds check. */
    private Value elemAddr(Expr.Index ix) {
        Type xt = typeOf(ix.x()).underlying();
        if (xt instanceof Type.Map) throw new Unsupported(ix.pos(), "indexing a map");
        Value base;
        Value len;
        Type elem;
        if (xt instanceof Type.Slice st) {
            Value s = expr(ix.x());
            elem = st.elem();
            base = g.v(SlicePtr, new Type.Pointer(elem), s);
            len = g.v(SliceLen, Universe.INT, s);
        } else {
            Type.Array at;
            if (xt instanceof Type.Pointer pt) {
                at = (Type.Array) pt.elem().underlying();
                base = expr(ix.x());
                g.nilCheck(base);
            } else {
                at = (Type.Array) xt;
                base = inMemory(ix.x()) ? addr(ix.x()) : spill(ix.x());
            }
            elem = at.elem();
            len = g.intConst(at.len());
        }
        Value i = indexValue(ix.index());
        boundsIndex(i, len, ix.index());
        return ptrIndex(base, i, elem);
    }

    void boundsIndex(Value i, Value len, Expr index) {
        g.boundsCheck(g.v(IsInBounds, Universe.BOOL, i, len), BoundsKind.INDEX.unsigned(Kinds.isUnsigned(typeOf(index))), i, len);
    }

    /** p + i*sizeof(elem), typed *elem. */
    Value ptrIndex(Value p, Value i, Type elem) {
        long size = Sizes.sizeof(elem);
        Value off = size == 1 ? i : g.v(Mul64, Universe.INT, i, g.intConst(size));
        return g.v(AddPtr, new Type.Pointer(elem), p, off);
    }

    /** An index or length operand widened to int. */
    Value indexValue(Expr e) {
        return new Conversions(g).toInt(expr(e), typeOf(e));
    }

    // ---- branches

    /** Lowers a boolean expression into branches to yes and no (short-circuit && and ||, !). */
    void cond(Expr e, Block yes, Block no, Block.Likely likely) {
        Expr u = unparen(e);
        if (u instanceof Expr.Binary b && (b.op() == Token.LAND || b.op() == Token.LOR)) {
            Block mid = g.newBlock();
            if (b.op() == Token.LAND) cond(b.x(), mid, no, Block.Likely.UNKNOWN);
            else cond(b.x(), yes, mid, Block.Likely.UNKNOWN);
            g.startSealed(mid);
            cond(b.y(), yes, no, likely);
            return;
        }
        if (u instanceof Expr.Unary n && n.op() == Token.NOT) {
            cond(n.x(), no, yes, likely);
            return;
        }
        Value c = expr(e);
        g.branch(c, yes, no, likely);
    }

    /** The value of a boolean expression that needs branches: a phi of the two outcomes. */
    Value condValue(Expr e) {
        Object result = new Object();
        Block yes = g.newBlock();
        Block no = g.newBlock();
        Block join = g.newBlock();
        cond(e, yes, no, Block.Likely.UNKNOWN);
        g.startSealed(yes);
        g.write(result, g.constBool(true));
        g.jump(join);
        g.startSealed(no);
        g.write(result, g.constBool(false));
        g.jump(join);
        g.startSealed(join);
        return g.read(result, Universe.BOOL);
    }

    // ---- composite literals

    /** The value of literal c of type t (its own type, or the slice type under an elided &). */
    private Value compositeValue(Expr.CompositeLit c, Type t) {
        if (t.underlying() instanceof Type.Map) return new Maps(g, this).literal(c);
        // an element literal with its &T elided ([]*T{{1}}) has the pointer type
        if (t.underlying() instanceof Type.Pointer pt) return compositeOnHeap(c, pt.elem());
        if (t.underlying() instanceof Type.Slice st) {
            Type arr = new Type.Array(st.elem(), sliceLitLen(c));
            Value p = compositeOnHeap(c, arr);
            Value n = g.intConst(((Type.Array) arr).len());
            return g.v(SliceMake, t, g.v(Copy, new Type.Pointer(st.elem()), p), n, n);
        }
        return g.load(t, addr(c));
    }

    /**
     * &T{...}: a new heap object filled from the literal (t may be a slice literal's backing
     * array type). A slice literal's own type (&[]int{1}) gets a heap slice header holding it.
     */
    Value compositeOnHeap(Expr.CompositeLit c, Type t) {
        Value p = g.v(Copy, new Type.Pointer(t), g.newObject(t));
        if (t.underlying() instanceof Type.Slice) g.store(t, p, compositeValue(c, t));
        else fillZeroed(p, t, c);
        return p;
    }

    private long sliceLitLen(Expr.CompositeLit c) {
        long n = 0, max = 0;
        for (Expr e : c.elts()) {
            if (e instanceof Expr.KeyValue kv) n = Constant.int64Val(g.info.types.get(kv.key()).value());
            max = Math.max(max, ++n);
        }
        return max;
    }

    /** Stores literal c of type t at p (p's memory is overwritten whole). */
    void fill(Value p, Type t, Expr.CompositeLit c) {
        g.zeroMem(t, p);
        fillZeroed(p, t, c);
    }

    /** Stores the elements of literal c at p, whose memory is already zero. */
    private void fillZeroed(Value p, Type t, Expr.CompositeLit c) {
        Type u = t.underlying();
        if (u instanceof Type.Map) {
            g.store(t, p, new Maps(g, this).literal(c));
            return;
        }
        long next = 0;
        for (Expr e : c.elts()) {
            Expr val = e;
            Value at;
            Type et;
            if (u instanceof Type.Struct st) {
                int fi = 0;
                if (e instanceof Expr.KeyValue kv) {
                    val = kv.value();
                    String name = ((Expr.Ident) kv.key()).name();
                    while (!st.fields().get(fi).name().equals(name)) fi++;
                } else {
                    fi = (int) next++;
                }
                et = st.fields().get(fi).type();
                at = g.v(OffPtr, new Type.Pointer(et), Sizes.offsetsof(st)[fi], null, p);
            } else {
                Type elem = u instanceof Type.Array a ? a.elem() : ((Type.Slice) u).elem();
                if (e instanceof Expr.KeyValue kv) {
                    val = kv.value();
                    next = Constant.int64Val(g.info.types.get(kv.key()).value());
                }
                et = elem;
                at = g.v(OffPtr, new Type.Pointer(et), next * Sizes.sizeof(elem), null, p);
                next++;
            }
            storeInto(at, et, val);
        }
    }

    /** Stores the value of e (of type t) at p, building nested literals in place. */
    void storeInto(Value p, Type t, Expr e) {
        if (unparen(e) instanceof Expr.CompositeLit c && !Kinds.canSSA(t)) {
            fill(p, t, c);
            return;
        }
        Value v = exprAs(e, t);
        g.pos = e.pos();
        g.store(t, p, v);
    }
}
