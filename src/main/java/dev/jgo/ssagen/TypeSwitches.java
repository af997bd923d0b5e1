package dev.jgo.ssagen;

import static dev.jgo.ssa.GenericOp.*;

import dev.jgo.ssa.Block;
import dev.jgo.ssa.Value;
import dev.jgo.syntax.Expr;
import dev.jgo.syntax.Stmt;
import dev.jgo.types.Info;
import dev.jgo.types.Obj;
import dev.jgo.types.Type;
import dev.jgo.types.Universe;
import java.util.ArrayList;
import java.util.List;

/**
 * Type switches. The guard's interface value and its dynamic type are computed once; each case
 * type is tested in source order (a concrete type: the type word equals its descriptor; nil: the
 * type word is nil; an interface: runtime.assertE2I2 finds an itab, or any type for an empty
 * interface), and the first match runs its clause. A clause with one type binds the variable to
 * the value as that type; other clauses bind the guard's value itself.
 */
final class TypeSwitches {
    private final FuncGen g;
    private final Exprs x;
    private final Stmts st;

    TypeSwitches(FuncGen g, Exprs x, Stmts st) {
        this.g = g;
        this.x = x;
        this.st = st;
    }

    void lower(Stmt.TypeSwitch ts, String label) {
        if (ts.init() != null) st.stmt(ts.init());
        Expr guard = ts.guard().x();
        Type from = x.typeOf(guard);
        Value iv = x.expr(guard);
        Interfaces ifaces = new Interfaces(g);
        Value typ = ifaces.typeWord(iv, from);
        Value data = g.v(IData, Universe.UNSAFE_POINTER, iv);
        Value nil = g.f.constant(g.pos, ConstNil, Universe.UNSAFE_POINTER, 0);

        Block end = g.newBlock();
        Block dflt = end;
        List<Block> bodies = new ArrayList<>();
        List<Object> bound = new ArrayList<>();
        for (Stmt.CaseClause cc : ts.clauses()) {
            Block body = g.newBlock();
            bodies.add(body);
            Object word = new Object();
            bound.add(word);
            if (cc.list() == null || cc.list().isEmpty()) dflt = body;
            for (Expr e : cc.list() == null ? List.<Expr>of() : cc.list()) {
                g.pos = e.pos();
                Type t = caseType(e);
                Value match;
                if (t == null) {
                    match = g.v(EqPtr, Universe.BOOL, typ, nil);
                } else if (!Interfaces.isInterface(t)) {
                    match = g.v(EqPtr, Universe.BOOL, typ, g.typeDesc(t));
                } else if (((Type.Interface) t.underlying()).allMethods().isEmpty()) {
                    match = g.v(NeqPtr, Universe.BOOL, typ, nil);
                } else {
                    Value tab = g.rtcall("assertE2I2", g.typeDesc(t), typ).getFirst();
                    g.write(word, tab);
                    match = g.v(NeqPtr, Universe.BOOL, tab, nil);
                }
                Block next = g.newBlock();
                g.branch(match, body, next, Block.Likely.UNKNOWN);
                g.startSealed(next);
            }
        }
        g.jump(dflt);
        for (int i = 0; i < bodies.size(); i++) {
            Stmt.CaseClause cc = ts.clauses().get(i);
            g.startSealed(bodies.get(i));
            if (g.info.implicits.get(cc) instanceof Obj.Var v) {
                if (!Kinds.canSSA(v.type()) && !g.heapVars.contains(v)) g.frameVars.add(v);
                st.declare(v, binding(cc, v.type(), from, iv, typ, data, bound.get(i)));
            }
            st.loopBody(label, end, null, cc.body());
            g.jump(end);
        }
        g.startSealed(end);
    }

    /** The value of clause cc's variable, of type t. */
    private Value binding(Stmt.CaseClause cc, Type t, Type from, Value iv, Value typ, Value data, Object word) {
        boolean single = cc.list() != null && cc.list().size() == 1 && caseType(cc.list().getFirst()) != null;
        if (!single) return iv;
        if (!Interfaces.isInterface(t)) return new Interfaces(g).extract(data, t);
        if (((Type.Interface) t.underlying()).allMethods().isEmpty()) return g.v(IMake, t, typ, data);
        return g.v(IMake, t, g.read(word, Universe.UNSAFE_POINTER), data);
    }

    /** The type a case names; null for nil. */
    private Type caseType(Expr e) {
        Info.TypeAndValue tv = g.info.types.get(e);
        if (tv == null || tv.mode() != Info.Mode.TYPE) return null;
        return tv.type();
    }
}
