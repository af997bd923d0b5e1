package dev.jgo.ssagen;

import static dev.jgo.ssa.GenericOp.*;

import dev.jgo.ssa.Block;
import dev.jgo.ssa.SsaTypes;
import dev.jgo.ssa.Value;
import dev.jgo.syntax.Expr;
import dev.jgo.syntax.Stmt;
import dev.jgo.types.Obj;
import dev.jgo.types.Type;
import dev.jgo.types.Universe;
import java.util.List;

/**
 * Maps. A map value is a pointer to the runtime's hmap (nil for a nil map); every operation is
 * a runtime call taking the map type's descriptor (type.map[K]V, a maptype) and the key by
 * address, in a frame temporary:
 *
 * <ul>
 *   <li>{@code make(map[K]V, n)}, literals: makemap(t, n, nil), then per literal entry the key
 *       and value evaluated, mapassign(t, m, &k) and a store of the value;
 *   <li>{@code m[k]}: a load from mapaccess1(t, m, &k) (which points at a zero value for absent
 *       keys); {@code v, ok := m[k]}: mapaccess2;
 *   <li>{@code m[k] = v}: mapassign(t, m, &k) at the store, after the right side is evaluated
 *       (so the element's address cannot go stale); {@code m[k] op= v} reads with mapaccess1;
 *   <li>{@code delete(m, k)}: mapdelete; {@code len(m)}: 0 for nil, else the hmap's first word;
 *   <li>{@code for k, v := range m}: an iterator in a frame temporary (hiter: key and element
 *       pointers first), mapiterinit, then mapiternext after each iteration until the key
 *       pointer is nil.
 * </ul>
 */
final class Maps {
    /** The frame slot of a range loop's runtime.hiter (7 words there; MapsLayoutTest checks it fits). */
    static final Type HITER = new Type.Array(Universe.UINTPTR, 8);

    private final FuncGen g;
    private final Exprs x;

    Maps(FuncGen g, Exprs x) {
        this.g = g;
        this.x = x;
    }

    /** Whether e is an index expression m[k] of a map. */
    static boolean isMapIndex(Exprs x, Expr e) {
        return Exprs.unparen(e) instanceof Expr.Index ix && x.typeOf(ix.x()).underlying() instanceof Type.Map;
    }

    /**
     * m[k] as an assignment target: the map and the key's address, evaluated now; stored later.
     * Elements that live in memory (structs, arrays) are copied through a frame temporary both
     * ways: a call's result area and the map's slots do not survive the next call.
     */
    record Slot(Maps maps, Type.Map type, Value map, Value key) {
        Value load() {
            return maps.inTemp(type.elem(), maps.load(type, maps.call("mapaccess1", type, map, key)));
        }

        void store(Value v) {
            Value kept = maps.inTemp(type.elem(), v);
            maps.g.store(type.elem(), maps.typed(type.elem(), maps.call("mapassign", type, map, key)), kept);
        }
    }

    Slot slot(Expr e) {
        Expr.Index ix = (Expr.Index) Exprs.unparen(e);
        Type.Map mt = mapType(ix.x());
        Value m = x.expr(ix.x());
        return new Slot(this, mt, m, key(mt, ix.index()));
    }

    /** The value of m[k]. */
    Value index(Expr.Index ix) {
        return slot(ix).load();
    }

    /** v, ok := m[k]: the element (zero when absent) and whether it was present. */
    List<Value> access2(Expr e) {
        Expr.Index ix = (Expr.Index) Exprs.unparen(e);
        Type.Map mt = mapType(ix.x());
        Value m = x.expr(ix.x());
        Value k = key(mt, ix.index());
        g.pos = ix.pos();
        List<Value> r = g.rtcall("mapaccess2", desc(mt), hmap(m), k);
        return List.of(inTemp(mt.elem(), load(mt, r.get(0))), r.get(1));
    }

    /** make(map[K]V) and make(map[K]V, n). */
    Value make(Expr.Call c) {
        Type t = x.typeOf(c);
        Value hint = c.args().size() > 1 ? x.indexValue(c.args().get(1)) : g.intConst(0);
        g.pos = c.pos();
        return makemap(t, hint);
    }

    private Value makemap(Type t, Value hint) {
        Type.Map mt = (Type.Map) t.underlying();
        Value nil = g.f.constant(g.pos, ConstNil, hmapPtr(), 0);
        return g.v(Copy, t, g.rtcall("makemap", desc(mt), hint, nil).getFirst());
    }

    /** A map literal: a new map sized for its entries, each key and value assigned in order. */
    Value literal(Expr.CompositeLit c) {
        Type t = x.typeOf(c);
        Type.Map mt = (Type.Map) t.underlying();
        Value m = makemap(t, g.intConst(c.elts().size()));
        for (Expr e : c.elts()) {
            Expr.KeyValue kv = (Expr.KeyValue) e;
            Value k = key(mt, kv.key());
            Value v = x.exprAs(kv.value(), mt.elem());
            g.pos = kv.pos();
            new Slot(this, mt, m, k).store(v);
        }
        return m;
    }

    /** delete(m, k). */
    void delete(Expr map, Expr k) {
        Type.Map mt = mapType(map);
        Value m = x.expr(map);
        Value kp = key(mt, k);
        g.rtcall("mapdelete", desc(mt), hmap(m), kp);
    }

    /** len(m): 0 for a nil map, else the count in the hmap's first word. */
    Value len(Value m) {
        Value p = g.v(Copy, Universe.UNSAFE_POINTER, m);
        Value isNil = g.v(EqPtr, Universe.BOOL, p, g.f.constant(g.pos, ConstNil, Universe.UNSAFE_POINTER, 0));
        return g.choose(isNil, Universe.INT, () -> g.intConst(0),
                () -> g.load(Universe.INT, g.v(Copy, new Type.Pointer(Universe.INT), p)));
    }

    /** for k, v := range m (also k alone, or nothing). */
    void range(Stmt.Range r, String label, Stmts stmts) {
        Type.Map mt = mapType(r.x());
        Value m = x.expr(r.x());
        boolean wantKey = r.key() != null && !isBlank(r.key());
        boolean wantValue = r.value() != null && !isBlank(r.value());
        if (r.tok() == dev.jgo.syntax.Token.DEFINE) {
            for (Expr e : new Expr[] {r.key(), r.value()}) {
                if (e instanceof Expr.Ident id && g.info.defs.get(id) instanceof Obj.Var v) stmts.declare(v, null);
            }
        }
        g.pos = r.pos();
        Sym.Temp it = g.temp(HITER);
        g.setMem(g.v(VarDef, SsaTypes.MEM, 0, it, g.mem()));
        g.rtcall("mapiterinit", desc(mt), hmap(m), iter(it));
        Block header = g.newBlock(), body = g.newBlock(), next = g.newBlock(), end = g.newBlock();
        g.jump(header);
        g.start(header);
        g.pos = r.pos();
        Value keyp = g.load(Universe.UNSAFE_POINTER, g.localAddr(it, HITER));
        Value nil = g.f.constant(g.pos, ConstNil, Universe.UNSAFE_POINTER, 0);
        g.branch(g.v(NeqPtr, Universe.BOOL, keyp, nil), body, end, Block.Likely.LIKELY);
        g.startSealed(body);
        Value k = wantKey ? load(mt.key(), keyp) : null;
        Value v = null;
        if (wantValue) {
            Value elemp = g.v(OffPtr, new Type.Pointer(Universe.UNSAFE_POINTER), 8, null, g.localAddr(it, HITER));
            v = load(mt.elem(), g.load(Universe.UNSAFE_POINTER, elemp));
        }
        if (wantKey) stmts.assignTo(stmts.place(r.key()), k);
        if (wantValue) stmts.assignTo(stmts.place(r.value()), v);
        stmts.loopBody(label, end, next, r.body().stmts());
        g.jump(next);
        g.startSealed(next);
        g.pos = r.pos();
        g.rtcall("mapiternext", iter(it));
        g.jump(header);
        g.seal(header);
        g.startSealed(end);
    }

    private static boolean isBlank(Expr e) {
        return e instanceof Expr.Ident id && id.name().equals("_");
    }

    // ---- helpers

    private Type.Map mapType(Expr map) {
        return (Type.Map) x.typeOf(map).underlying();
    }

    /** The key expression's value (converted to K) in a new frame temporary; its address. */
    private Value key(Type.Map mt, Expr k) {
        Value v = x.exprAs(k, mt.key());
        return g.v(Copy, Universe.UNSAFE_POINTER, x.spill(v, mt.key()));
    }

    private Value call(String fn, Type.Map mt, Value m, Value key) {
        return g.rtcall(fn, desc(mt), hmap(m), key).getFirst();
    }

    /** The element of type V at p (an unsafe.Pointer from the runtime). */
    private Value load(Type.Map mt, Value p) {
        return load(mt.elem(), p);
    }

    private Value load(Type t, Value p) {
        return g.load(t, typed(t, p));
    }

    /** v itself when it is an SSA value; otherwise v copied to a new frame temporary and loaded from there. */
    private Value inTemp(Type t, Value v) {
        return Kinds.canSSA(t) ? v : g.load(t, x.spill(v, t));
    }

    private Value typed(Type t, Value p) {
        return g.v(Copy, new Type.Pointer(t), p);
    }

    private Value desc(Type.Map mt) {
        return g.v(Copy, new Type.Pointer(Runtime.type("maptype")), g.typeDesc(mt));
    }

    private Value hmap(Value m) {
        return g.v(Copy, hmapPtr(), m);
    }

    private static Type hmapPtr() {
        return new Type.Pointer(Runtime.type("hmap"));
    }

    private Value iter(Sym.Temp it) {
        return g.v(Copy, new Type.Pointer(Runtime.type("hiter")), g.localAddr(it, HITER));
    }
}
