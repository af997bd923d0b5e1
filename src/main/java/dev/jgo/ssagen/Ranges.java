package dev.jgo.ssagen;

import static dev.jgo.ssa.GenericOp.*;

import dev.jgo.ssa.Block;
import dev.jgo.ssa.Value;
import dev.jgo.syntax.Expr;
import dev.jgo.syntax.Stmt;
import dev.jgo.syntax.Token;
import dev.jgo.types.Obj;
import dev.jgo.types.Type;
import dev.jgo.types.Universe;

/**
 * for-range over slices, arrays, pointers to arrays and strings. The range expression is
 * evaluated once (an array by value is copied), the hidden index counts up to the length, and
 * the iteration variables are assigned at the top of each iteration. Strings decode ASCII bytes
 * inline and call runtime.decoderune for the rest, as gc does.
 */
final class Ranges {
    private final FuncGen g;
    private final Exprs x;
    private final Stmts stmts;

    Ranges(FuncGen g, Exprs x, Stmts stmts) {
        this.g = g;
        this.x = x;
        this.stmts = stmts;
    }

    void range(Stmt.Range r, String label) {
        Type xt = x.typeOf(r.x()).underlying();
        if (xt instanceof Type.Map) {
            new Maps(g, x).range(r, label, stmts);
            return;
        }
        if (!(Kinds.isString(xt) || xt instanceof Type.Slice || xt instanceof Type.Array
                || xt instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Array)) {
            throw new Unsupported(r.pos(), "range over " + Kinds.str(xt));
        }
        boolean wantValue = r.value() != null && !isBlank(r.value());
        Value s = null, base = null, len;
        Type elem = Universe.RUNE;
        if (Kinds.isString(xt)) {
            s = x.expr(r.x());
            len = g.v(StringLen, Universe.INT, s);
        } else if (xt instanceof Type.Slice st) {
            s = x.expr(r.x());
            elem = st.elem();
            base = g.v(SlicePtr, new Type.Pointer(elem), s);
            len = g.v(SliceLen, Universe.INT, s);
        } else {
            Type.Array at = xt instanceof Type.Pointer p ? (Type.Array) p.elem().underlying() : (Type.Array) xt;
            elem = at.elem();
            if (wantValue || xt instanceof Type.Pointer) {
                base = xt instanceof Type.Pointer ? x.expr(r.x()) : x.spill(r.x());
                if (xt instanceof Type.Pointer) g.nilCheck(base);
                base = g.v(Copy, new Type.Pointer(elem), base);
            }
            len = g.intConst(at.len());
        }
        if (r.tok() == Token.DEFINE) {
            for (Expr e : new Expr[] {r.key(), r.value()}) {
                if (e instanceof Expr.Ident id && g.info.defs.get(id) instanceof Obj.Var v) stmts.declare(v, null);
            }
        }
        Object index = new Object(), next = new Object();
        g.write(index, g.intConst(0));
        Block header = g.newBlock(), body = g.newBlock(), incr = g.newBlock(), end = g.newBlock();
        g.jump(header);
        g.start(header);
        g.pos = r.pos();
        Value i = g.read(index, Universe.INT);
        g.branch(g.v(Less64, Universe.BOOL, i, len), body, end, Block.Likely.LIKELY);
        g.startSealed(body);
        Value val = null;
        if (Kinds.isString(xt)) {
            val = decode(s, i, next);
        } else {
            g.write(next, g.v(Add64, Universe.INT, i, g.intConst(1)));
            if (wantValue) val = g.load(elem, x.ptrIndex(base, i, elem));
        }
        if (r.key() != null && !isBlank(r.key())) stmts.assignTo(stmts.place(r.key()), i);
        if (wantValue) stmts.assignTo(stmts.place(r.value()), val);
        stmts.loopBody(label, end, incr, r.body().stmts());
        g.jump(incr);
        g.startSealed(incr);
        g.pos = r.pos();
        g.write(index, g.read(next, Universe.INT));
        g.jump(header);
        g.seal(header);
        g.startSealed(end);
    }

    /** The rune at byte i of s; sets next to the index after it. */
    private Value decode(Value s, Value i, Object next) {
        Object rune = new Object();
        Value b = g.load(Universe.BYTE, g.v(AddPtr, new Type.Pointer(Universe.BYTE), g.v(StringPtr, new Type.Pointer(Universe.BYTE), s), i));
        Value c = g.v(ZeroExt8to32, Universe.RUNE, b);
        g.write(rune, c);
        g.write(next, g.v(Add64, Universe.INT, i, g.intConst(1)));
        Block slow = g.newBlock(), join = g.newBlock();
        g.branch(g.v(Less32, Universe.BOOL, c, g.constInt(Universe.RUNE, 0x80)), join, slow, Block.Likely.LIKELY);
        g.startSealed(slow);
        var r = g.rtcall("decoderune", s, i);
        g.write(rune, r.get(0));
        g.write(next, r.get(1));
        g.jump(join);
        g.startSealed(join);
        return g.read(rune, Universe.RUNE);
    }

    private static boolean isBlank(Expr e) {
        return e instanceof Expr.Ident id && id.name().equals("_");
    }
}
