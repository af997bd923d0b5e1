package dev.jgo.ssagen;

import static dev.jgo.ssa.GenericOp.*;

import dev.jgo.ssa.GenericOp.Family;
import dev.jgo.ssa.GenericOp;
import dev.jgo.ssa.SsaTypes;
import dev.jgo.ssa.Value;
import dev.jgo.syntax.Expr;
import dev.jgo.syntax.Token;
import dev.jgo.types.BasicKind;
import dev.jgo.types.Info;
import dev.jgo.types.Obj;
import dev.jgo.types.Sizes;
import dev.jgo.types.Type;
import dev.jgo.types.Universe;
import dev.jgo.types.constant.Constant;
import java.util.ArrayList;
import java.util.List;

/** Binary and unary operators: arithmetic, comparisons, shifts, string concatenation. */
final class Operators {
    private final FuncGen g;
    private final Exprs x;

    Operators(FuncGen g, Exprs x) {
        this.g = g;
        this.x = x;
    }

    Value binary(Expr.Binary b) {
        Token op = b.op();
        if (op == Token.LAND || op == Token.LOR) return x.condValue(b);
        if (op == Token.SHL || op == Token.SHR) return shift(op, x.typeOf(b), x.expr(b.x()), b.y());
        Type t = operandType(b);
        if (isComparison(op)) {
            if (t.underlying() instanceof Type.Interface && (isNil(b.x()) || isNil(b.y()))) {
                // an interface is nil when its type word is
                Value v = x.expr(isNil(b.x()) ? b.y() : b.x());
                g.pos = b.opPos();
                Value typ = g.v(ITab, Universe.UNSAFE_POINTER, v);
                Value nil = g.f.constant(g.pos, ConstNil, Universe.UNSAFE_POINTER, 0);
                return g.v(op == Token.EQL ? EqPtr : NeqPtr, Universe.BOOL, typ, nil);
            }
            Type it = interfaceOperand(b);
            if (it != null) {
                Value l = x.exprAs(b.x(), it);
                Value r = x.exprAs(b.y(), it);
                g.pos = b.opPos();
                return new Interfaces(g).compare(op, it, l, r);
            }
            if (!Kinds.canSSA(t)) return compareMem(op, t, x.addrOrSpill(b.x()), x.addrOrSpill(b.y()));
            Value l = x.expr(b.x());
            Value r = x.expr(b.y());
            g.pos = b.opPos();
            return compare(op, t, l, r);
        }
        if (op == Token.ADD && Kinds.isString(t)) return concat(b);
        Value l = x.expr(b.x());
        Value r = x.expr(b.y());
        g.pos = b.opPos();
        return arith(op, t, l, r, isNonZeroConst(b.y()));
    }

    /**
     * The interface type of a comparison's operands when one of them has one, which the other
     * converts to: of two interfaces the one with fewer methods (the other implements it).
     */
    private Type interfaceOperand(Expr.Binary b) {
        Type l = x.typeOf(b.x()), r = x.typeOf(b.y());
        if (!Interfaces.isInterface(l)) return Interfaces.isInterface(r) ? r : null;
        if (!Interfaces.isInterface(r)) return l;
        int lm = ((Type.Interface) l.underlying()).allMethods().size();
        return ((Type.Interface) r.underlying()).allMethods().size() < lm ? r : l;
    }

    /** The operands' type: that of the side that is not an untyped nil. */
    private Type operandType(Expr.Binary b) {
        Type t = g.info.typeOf(b.x());
        if (t == null || Kinds.basic(t) == BasicKind.UNTYPED_NIL) t = g.info.typeOf(b.y());
        return Kinds.typed(t);
    }

    private boolean isNil(Expr e) {
        return Exprs.unparen(e) instanceof Expr.Ident id && g.info.objectOf(id) instanceof Obj.Nil;
    }

    static boolean isComparison(Token op) {
        return switch (op) {
            case EQL, NEQ, LSS, LEQ, GTR, GEQ -> true;
            default -> false;
        };
    }

    private boolean isNonZeroConst(Expr e) {
        Info.TypeAndValue tv = g.info.types.get(e);
        return tv != null && tv.value() != null && Constant.sign(tv.value()) != 0;
    }

    /** l op r for arithmetic op (one of + - * / % & | ^ &^) on values of type t. */
    Value arith(Token op, Type t, Value l, Value r, boolean divisorNonZero) {
        int w = Kinds.bits(t);
        if (Kinds.isComplex(t)) return complexArith(op, t, l, r);
        if (Kinds.isFloat(t)) {
            Family fam = switch (op) {
                case ADD -> Family.ADD_F;
                case SUB -> Family.SUB_F;
                case MUL -> Family.MUL_F;
                default -> Family.DIV_F;
            };
            return g.v(GenericOp.of(fam, w), t, l, r);
        }
        boolean u = Kinds.isUnsigned(t);
        if ((op == Token.QUO || op == Token.REM) && !divisorNonZero) {
            g.check(g.v(GenericOp.of(Family.NEQ, w), Universe.BOOL, r, g.constInt(t, 0)), "panicdivide");
        }
        Family fam = switch (op) {
            case ADD -> Family.ADD;
            case SUB -> Family.SUB;
            case MUL -> Family.MUL;
            case QUO -> u ? Family.DIVU : Family.DIV;
            case REM -> u ? Family.MODU : Family.MOD;
            case AND -> Family.AND;
            case OR -> Family.OR;
            case XOR -> Family.XOR;
            case AND_NOT -> {
                r = g.v(GenericOp.of(Family.COM, w), t, r);
                yield Family.AND;
            }
            default -> throw new Unsupported(g.pos, "operator " + op);
        };
        return g.v(GenericOp.of(fam, w), t, l, r);
    }

    private Value complexArith(Token op, Type t, Value l, Value r) {
        Type p = Kinds.complexPart(t);
        if (op == Token.QUO) {
            Conversions cv = new Conversions(g);
            Value q = g.rtcall("complex128div", cv.convert(l, t, Universe.COMPLEX128), cv.convert(r, t, Universe.COMPLEX128)).getFirst();
            return cv.convert(q, Universe.COMPLEX128, t);
        }
        Value lr = g.v(ComplexReal, p, l), li = g.v(ComplexImag, p, l);
        Value rr = g.v(ComplexReal, p, r), ri = g.v(ComplexImag, p, r);
        int w = Kinds.bits(p);
        if (op == Token.MUL) {
            // gc multiplies complex64 in float64 precision and rounds the parts once
            Type wide = Universe.FLOAT64;
            Conversions cv = new Conversions(g);
            Value a = cv.convert(lr, p, wide), b = cv.convert(li, p, wide);
            Value c = cv.convert(rr, p, wide), d = cv.convert(ri, p, wide);
            Value re = g.v(Sub64F, wide, g.v(Mul64F, wide, a, c), g.v(Mul64F, wide, b, d));
            Value im = g.v(Add64F, wide, g.v(Mul64F, wide, a, d), g.v(Mul64F, wide, b, c));
            return g.v(ComplexMake, t, cv.convert(re, wide, p), cv.convert(im, wide, p));
        }
        Family fam = op == Token.ADD ? Family.ADD_F : Family.SUB_F;
        return g.v(ComplexMake, t, g.v(GenericOp.of(fam, w), p, lr, rr), g.v(GenericOp.of(fam, w), p, li, ri));
    }

    Value negate(Type t, Value v) {
        if (Kinds.isComplex(t)) {
            Type p = Kinds.complexPart(t);
            GenericOp neg = GenericOp.of(Family.NEG_F, Kinds.bits(p));
            return g.v(ComplexMake, t, g.v(neg, p, g.v(ComplexReal, p, v)), g.v(neg, p, g.v(ComplexImag, p, v)));
        }
        return g.v(GenericOp.of(Kinds.isFloat(t) ? Family.NEG_F : Family.NEG, Kinds.bits(t)), t, v);
    }

    /** x << s or x >> s: a negative signed count panics; counts of at least the width give 0 (or the sign). */
    Value shift(Token op, Type t, Value v, Expr count) {
        Type st = x.typeOf(count);
        Value s = x.expr(count);
        int sw = Kinds.bits(st);
        boolean constant = g.info.types.get(count) != null && g.info.types.get(count).value() != null;
        if (!Kinds.isUnsigned(st) && !constant) {
            g.check(g.v(GenericOp.of(Family.LEQ, sw), Universe.BOOL, g.constInt(st, 0), s), "panicshift");
        }
        Family fam = op == Token.SHL ? Family.LSH : Kinds.isUnsigned(t) ? Family.RSHU : Family.RSH;
        return g.v(GenericOp.of(fam, Kinds.bits(t), sw), t, v, s);
    }

    /** l op r for a comparison of SSA values of type t. */
    Value compare(Token op, Type t, Value l, Value r) {
        Type bool = Universe.BOOL;
        if (Interfaces.isInterface(t)) return new Interfaces(g).compare(op, t, l, r);
        if (Kinds.isString(t)) return compareStrings(op, l, r);
        if (Kinds.isComplex(t)) {
            Type p = Kinds.complexPart(t);
            Value re = compare(Token.EQL, p, g.v(ComplexReal, p, l), g.v(ComplexReal, p, r));
            Value im = compare(Token.EQL, p, g.v(ComplexImag, p, l), g.v(ComplexImag, p, r));
            Value eq = g.v(AndB, bool, re, im);
            return op == Token.EQL ? eq : g.v(Not, bool, eq);
        }
        if (Kinds.isBool(t)) return g.v(op == Token.EQL ? EqB : NeqB, bool, l, r);
        if (t.underlying() instanceof Type.Slice) {
            Type pt = Universe.UNSAFE_POINTER;
            l = g.v(SlicePtr, pt, l);
            r = g.v(SlicePtr, pt, r);
            t = pt;
        }
        if (Kinds.isPointerLike(t)) return g.v(op == Token.EQL ? EqPtr : NeqPtr, bool, l, r);
        int w = Kinds.bits(t);
        boolean f = Kinds.isFloat(t), u = Kinds.isUnsigned(t);
        return switch (op) {
            case EQL -> g.v(GenericOp.of(f ? Family.EQ_F : Family.EQ, w), bool, l, r);
            case NEQ -> g.v(GenericOp.of(f ? Family.NEQ_F : Family.NEQ, w), bool, l, r);
            case LSS -> g.v(GenericOp.of(f ? Family.LESS_F : u ? Family.LESSU : Family.LESS, w), bool, l, r);
            case LEQ -> g.v(GenericOp.of(f ? Family.LEQ_F : u ? Family.LEQU : Family.LEQ, w), bool, l, r);
            case GTR -> g.v(GenericOp.of(f ? Family.LESS_F : u ? Family.LESSU : Family.LESS, w), bool, r, l);
            default -> g.v(GenericOp.of(f ? Family.LEQ_F : u ? Family.LEQU : Family.LEQ, w), bool, r, l);
        };
    }

    /**
     * Strings: == and != compare the lengths, then the bytes with runtime.memequal only when the
     * lengths are equal; ordering uses runtime.cmpstring.
     */
    private Value compareStrings(Token op, Value l, Value r) {
        if (op != Token.EQL && op != Token.NEQ) {
            Value c = g.rtcall("cmpstring", l, r).getFirst();
            return compare(op, Universe.INT, c, g.intConst(0));
        }
        Value ll = g.v(StringLen, Universe.INT, l);
        Value eqLen = g.v(Eq64, Universe.BOOL, ll, g.v(StringLen, Universe.INT, r));
        Type bp = new Type.Pointer(Universe.BYTE);
        Value v = g.choose(eqLen, Universe.BOOL,
                () -> g.rtcall("memequal", g.v(StringPtr, bp, l), g.v(StringPtr, bp, r), g.v(Copy, Universe.UINTPTR, ll)).getFirst(),
                () -> g.constBool(false));
        return op == Token.EQL ? v : g.v(Not, Universe.BOOL, v);
    }

    /** Structs and arrays compare field by field (element by element), from memory. */
    Value compareMem(Token op, Type t, Value lp, Value rp) {
        Value eq = g.constBool(true);
        Type u = t.underlying();
        if (u instanceof Type.Struct st) {
            long[] offs = Sizes.offsetsof(st);
            for (int i = 0; i < st.fields().size(); i++) {
                if (st.fields().get(i).name().equals("_")) continue;
                eq = g.v(AndB, Universe.BOOL, eq, fieldEq(st.fields().get(i).type(), offs[i], lp, rp));
            }
        } else {
            Type.Array at = (Type.Array) u;
            for (long i = 0; i < at.len(); i++) {
                eq = g.v(AndB, Universe.BOOL, eq, fieldEq(at.elem(), i * Sizes.sizeof(at.elem()), lp, rp));
            }
        }
        return op == Token.EQL ? eq : g.v(Not, Universe.BOOL, eq);
    }

    private Value fieldEq(Type ft, long off, Value lp, Value rp) {
        Value a = g.v(OffPtr, new Type.Pointer(ft), off, null, lp);
        Value b = g.v(OffPtr, new Type.Pointer(ft), off, null, rp);
        if (!Kinds.canSSA(ft)) return compareMem(Token.EQL, ft, a, b);
        return compare(Token.EQL, ft, g.load(ft, a), g.load(ft, b));
    }

    /** a + b + ... of strings: one runtime.concatstringN (N ≤ 5) or concatstrings call. */
    private Value concat(Expr.Binary b) {
        List<Expr> parts = new ArrayList<>();
        flatten(b, parts);
        List<Value> vals = new ArrayList<>();
        for (Expr e : parts) vals.add(x.expr(e));
        g.pos = b.pos();
        return concat(vals);
    }

    /** The concatenation of string values. */
    Value concat(List<Value> vals) {
        vals = new ArrayList<>(vals);
        Value buf = g.f.constant(g.pos, ConstNil, new Type.Pointer(Runtime.type("tmpBuf")), 0);
        if (vals.size() <= 5) {
            vals.addFirst(buf);
            return g.call(Runtime.func("concatstring" + (vals.size() - 1)), vals).getFirst();
        }
        Type arr = new Type.Array(Universe.STRING, vals.size());
        Sym.Temp tmp = g.temp(arr);
        g.setMem(g.v(VarDef, SsaTypes.MEM, 0, tmp, g.mem()));
        for (int i = 0; i < vals.size(); i++) {
            Value at = g.v(OffPtr, new Type.Pointer(Universe.STRING), 16L * i, null, g.localAddr(tmp, arr));
            g.store(Universe.STRING, at, vals.get(i));
        }
        Value n = g.intConst(vals.size());
        Type st = new Type.Slice(Universe.STRING);
        Value s = g.v(SliceMake, st, g.v(Copy, new Type.Pointer(Universe.STRING), g.localAddr(tmp, arr)), n, n);
        return g.rtcall("concatstrings", buf, s).getFirst();
    }

    private void flatten(Expr e, List<Expr> out) {
        Expr u = Exprs.unparen(e);
        Info.TypeAndValue tv = g.info.types.get(u);
        if (u instanceof Expr.Binary b && b.op() == Token.ADD && (tv == null || tv.value() == null)) {
            flatten(b.x(), out);
            flatten(b.y(), out);
        } else {
            out.add(e);
        }
    }
}
