package dev.jgo.types;

import dev.jgo.syntax.AstPrinter;
import dev.jgo.syntax.Expr;
import dev.jgo.types.Operand.Mode;
import dev.jgo.types.constant.Constant;
import dev.jgo.types.constant.Kind;
import dev.jgo.types.constant.Value;

/** Checks index expressions x[i] and slice expressions x[lo:hi:max]. */
final class Indexing {
    private final Checker c;

    Indexing(Checker c) {
        this.c = c;
    }

    void index(Operand x, Expr.Index e, Scope s) {
        c.exprs.exprOrType(x, e.x(), s);
        if (x.invalid()) {
            useExpr(e.index(), s);
            return;
        }
        if (x.mode == Mode.TYPEXPR) {
            c.error(e, AstPrinter.print(e.x()) + " is not a generic type");
            x.mode = Mode.INVALID;
            return;
        }
        long length = -1;
        boolean valid = false;
        Type u = x.type.underlying();
        switch (u) {
            case Type.Basic b when b.kind().isString() -> {
                valid = true;
                if (x.mode == Mode.CONSTANT) length = Constant.stringVal(x.val).length();
                x.mode = Mode.VALUE;
                x.type = Universe.BYTE;
            }
            case Type.Array a -> {
                valid = true;
                length = a.len();
                if (x.mode != Mode.VARIABLE) x.mode = Mode.VALUE;
                x.type = a.elem();
            }
            case Type.Pointer p when p.elem().underlying() instanceof Type.Array a -> {
                valid = true;
                length = a.len();
                x.mode = Mode.VARIABLE;
                x.type = a.elem();
            }
            case Type.Slice sl -> {
                valid = true;
                x.mode = Mode.VARIABLE;
                x.type = sl.elem();
            }
            case Type.Map m -> {
                Operand key = new Operand();
                c.exprs.expr(key, e.index(), s);
                c.assign.assignment(key, m.key(), "map index");
                x.mode = Mode.MAPINDEX;
                x.type = m.elem();
                return;
            }
            default -> {}
        }
        if (!valid) {
            c.error(e.lbrack(), "invalid operation: cannot index " + c.str(x));
            x.mode = Mode.INVALID;
            useExpr(e.index(), s);
            return;
        }
        index(e.index(), length, s);
    }

    /** What {@link #index} returns for an index that is invalid (the error is reported). */
    static final long INVALID = Long.MIN_VALUE;

    /**
     * Checks an index (or size) expression; max &gt;= 0 bounds constant indices. Returns the
     * constant value, -1 for a valid non-constant index, or INVALID.
     */
    long index(Expr e, long max, Scope s) {
        Operand x = new Operand();
        c.exprs.expr(x, e, s);
        if (!isValidIndex(x, "index", false)) return INVALID;
        if (x.mode != Mode.CONSTANT || x.val.kind() == Kind.UNKNOWN) return -1;
        long v = Constant.int64Val(x.val);
        if (max >= 0 && v >= max) {
            c.error(x.pos(), "invalid argument: index " + x.val + " out of bounds [0:" + max + "]");
            return INVALID;
        }
        return v;
    }

    /** Checks that x is a valid index or size: an integer (or untyped constant converted to int), not negative. */
    boolean isValidIndex(Operand x, String what, boolean allowNegative) {
        if (x.invalid()) return false;
        c.untyped.convert(x, Universe.INT);
        if (x.invalid()) return false;
        if (!Predicates.isInteger(x.type)) {
            c.error(x.pos(), "invalid argument: " + what + " " + c.str(x) + " must be integer");
            return false;
        }
        if (x.mode == Mode.CONSTANT && x.val.kind() != Kind.UNKNOWN) {
            if (!allowNegative && Constant.sign(x.val) < 0) {
                c.error(x.pos(), "invalid argument: " + what + " " + c.str(x) + " must not be negative");
                return false;
            }
            Value v = Constant.toInt(x.val);
            if (v.kind() != Kind.INT || Constant.bitLen(v) > 63) {
                c.error(x.pos(), "invalid argument: " + what + " " + c.str(x) + " overflows int");
                return false;
            }
        }
        return true;
    }

    void slice(Operand x, Expr.Slice e, Scope s) {
        c.exprs.expr(x, e.x(), s);
        if (x.invalid()) {
            useExpr(e.lo(), s);
            useExpr(e.hi(), s);
            useExpr(e.max(), s);
            return;
        }
        boolean valid = false;
        long length = -1;
        Type u = x.type.underlying();
        switch (u) {
            case Type.Basic b when b.kind().isString() -> {
                if (e.full()) {
                    c.error(e.max() != null ? e.max().pos() : e.pos(), "invalid operation: 3-index slice of string");
                    x.mode = Mode.INVALID;
                    return;
                }
                valid = true;
                if (x.mode == Mode.CONSTANT) length = Constant.stringVal(x.val).length();
                if (Predicates.isUntyped(x.type)) x.type = Universe.STRING;
            }
            case Type.Array a -> {
                valid = true;
                length = a.len();
                if (x.mode != Mode.VARIABLE) {
                    c.error(x, "invalid operation: " + c.str(x) + " (slice of unaddressable value)");
                    return;
                }
                x.type = new Type.Slice(a.elem());
            }
            case Type.Pointer p when p.elem().underlying() instanceof Type.Array a -> {
                valid = true;
                length = a.len();
                x.type = new Type.Slice(a.elem());
            }
            case Type.Slice sl -> valid = true;
            default -> {}
        }
        if (!valid) {
            c.error(x, "invalid operation: cannot slice " + c.str(x));
            return;
        }
        x.mode = Mode.VALUE;
        if (e.full() && (e.hi() == null || e.max() == null)) {
            c.error(e, "middle index required in 3-index slice");
            x.mode = Mode.INVALID;
            return;
        }
        long[] ind = new long[3];
        Expr[] parts = {e.lo(), e.hi(), e.max()};
        for (int i = 0; i < 3; i++) {
            ind[i] = -1;
            if (parts[i] == null) continue;
            long max = length >= 0 ? length + 1 : -1;
            ind[i] = index(parts[i], max, s);
        }
        for (int i = 0; i < 3; i++) {
            if (ind[i] < 0) continue;
            for (int j = i + 1; j < 3; j++) {
                if (ind[j] >= 0 && ind[j] < ind[i]) {
                    c.error(parts[j], "invalid slice indices: " + ind[j] + " < " + ind[i]);
                    return;
                }
            }
        }
    }

    private void useExpr(Expr e, Scope s) {
        if (e == null) return;
        Operand y = new Operand();
        c.exprs.rawExpr(y, e, s, null);
    }
}
