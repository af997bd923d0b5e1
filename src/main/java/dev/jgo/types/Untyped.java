package dev.jgo.types;

import dev.jgo.syntax.AstPrinter;
import dev.jgo.syntax.Expr;
import dev.jgo.syntax.Token;
import dev.jgo.types.Operand.Mode;
import dev.jgo.types.constant.Value;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Untyped values: the implicit conversion of untyped operands to the type their context calls
 * for, representability of constants, and the final types recorded for expressions that were
 * untyped when checked (known only once their context is).
 */
final class Untyped {
    private final Checker c;

    /** Expressions whose type is untyped so far, and whether each is a non-constant shift's left operand. */
    private final Map<Expr, Entry> untyped = new IdentityHashMap<>();

    private static final class Entry {
        Mode mode;
        Type type;
        Value val;
        boolean isLhs;

        Entry(Mode mode, Type type, Value val) {
            this.mode = mode;
            this.type = type;
            this.val = val;
        }
    }

    Untyped(Checker c) {
        this.c = c;
    }

    /** Remembers an untyped expression until its final type is known. */
    void remember(Operand x) {
        untyped.put(x.expr, new Entry(x.mode, x.type, x.val));
    }

    /** Marks e as the untyped constant left operand of a non-constant shift: its final type must be an integer. */
    void markShiftOperand(Expr e) {
        Entry u = untyped.get(e);
        if (u != null) u.isLhs = true;
    }

    /** Records the expressions still untyped at the end of checking with their untyped types. */
    void flush() {
        for (var en : untyped.entrySet()) {
            Entry u = en.getValue();
            Operand x = new Operand();
            x.mode = u.mode;
            x.type = u.type;
            x.val = u.val;
            x.expr = en.getKey();
            c.record(x);
        }
        untyped.clear();
    }

    /** Gives an untyped x the type target calls for, or reports why it cannot have it. */
    void convert(Operand x, Type target) {
        if (x.invalid() || Predicates.isTyped(x.type) || Predicates.isInvalid(target)) return;
        ImplicitResult r = implicitTypeAndValue(x, target);
        if (r.code != 0) {
            invalidConversion(r.code, x, target.underlying());
            x.mode = Mode.INVALID;
            return;
        }
        if (r.val != null) {
            x.val = r.val;
            Entry u = untyped.get(x.expr);
            if (u != null) u.val = r.val;
        }
        if (r.type != x.type) {
            x.type = r.type;
            updateExprType(x.expr, r.type, false);
        }
    }

    static final int TRUNCATED = 1, OVERFLOW = 2, INVALID_CONST = 3, INVALID_UNTYPED = 4;

    record ImplicitResult(Type type, Value val, int code) {}

    ImplicitResult implicitTypeAndValue(Operand x, Type target) {
        if (x.invalid() || Predicates.isTyped(x.type) || Predicates.isInvalid(target)) {
            return new ImplicitResult(x.type, null, 0);
        }
        if (Predicates.isUntyped(target)) {
            BasicKind xk = ((Type.Basic) x.type).kind(), tk = ((Type.Basic) target).kind();
            if (Predicates.isNumeric(x.type) && Predicates.isNumeric(target)) {
                if (xk.ordinal() < tk.ordinal()) return new ImplicitResult(target, null, 0);
            } else if (xk != tk) {
                return new ImplicitResult(null, null, INVALID_UNTYPED);
            }
            return new ImplicitResult(x.type, null, 0);
        }
        if (x.isNil()) {
            return Predicates.hasNil(target) ? new ImplicitResult(target, null, 0) : new ImplicitResult(null, null, INVALID_UNTYPED);
        }
        Type u = target.underlying();
        if (u instanceof Type.Basic b) {
            if (x.mode == Mode.CONSTANT) {
                Representation rep = representation(x, b);
                if (rep.code != 0) return new ImplicitResult(null, null, rep.code);
                return new ImplicitResult(target, rep.val, 0);
            }
            BasicKind xk = ((Type.Basic) x.type).kind();
            boolean ok = switch (xk) {
                case UNTYPED_BOOL -> Predicates.isBoolean(target);
                case UNTYPED_INT, UNTYPED_RUNE, UNTYPED_FLOAT, UNTYPED_COMPLEX -> Predicates.isNumeric(target);
                case UNTYPED_STRING -> Predicates.isString(target);
                default -> false;
            };
            return ok ? new ImplicitResult(target, null, 0) : new ImplicitResult(null, null, INVALID_UNTYPED);
        }
        if (u instanceof Type.Interface i) {
            if (!i.isEmpty()) return new ImplicitResult(null, null, INVALID_UNTYPED);
            return new ImplicitResult(Predicates.defaultType(x.type), null, 0);
        }
        return new ImplicitResult(null, null, INVALID_UNTYPED);
    }

    void invalidConversion(int code, Operand x, Type target) {
        String msg = switch (code) {
            case TRUNCATED -> c.str(x) + " truncated to " + c.str(target);
            case OVERFLOW -> c.str(x) + " overflows " + c.str(target);
            default -> "cannot convert " + c.str(x) + " to " + c.str(target);
        };
        c.error(x.pos(), msg);
    }

    record Representation(Value val, int code) {}

    Representation representation(Operand x, Type.Basic t) {
        Value v = Representable.convert(x.val, t);
        if (v != null) return new Representation(v, 0);
        if (Predicates.isNumeric(x.type) && Predicates.isNumeric(t)) {
            if (!Predicates.isInteger(x.type) && Predicates.isInteger(t)) return new Representation(null, TRUNCATED);
            return new Representation(null, OVERFLOW);
        }
        return new Representation(null, INVALID_CONST);
    }

    /** Checks that constant x is representable as t, rounding its value; x is invalid if not. */
    void representable(Operand x, Type.Basic t) {
        Representation r = representation(x, t);
        if (r.code != 0) {
            invalidConversion(r.code, x, t);
            x.mode = Mode.INVALID;
            return;
        }
        x.val = r.val;
    }

    /** Sets the final (or still untyped) type of an expression and its untyped operands. */
    void updateExprType(Expr e, Type t, boolean fin) {
        updateExprType(null, e, t, fin);
    }

    private void updateExprType(Expr parent, Expr e, Type t, boolean fin) {
        Entry old = untyped.get(e);
        if (old == null) return;
        switch (e) {
            case Expr.Paren p -> updateExprType(e, p.x(), t, fin);
            case Expr.Unary u -> {
                if (old.val == null) updateExprType(e, u.x(), t, fin);
            }
            case Expr.Binary b -> {
                if (old.val == null) {
                    if (Operators.isComparison(b.op())) {
                        // operands already have their final types
                    } else if (b.op() == Token.SHL || b.op() == Token.SHR) {
                        updateExprType(e, b.x(), t, fin);
                    } else {
                        updateExprType(e, b.x(), t, fin);
                        updateExprType(e, b.y(), t, fin);
                    }
                }
            }
            default -> {}
        }
        if (!fin && Predicates.isUntyped(t)) {
            old.type = t.underlying();
            return;
        }
        untyped.remove(e);
        if (old.isLhs && !Predicates.isInteger(t)) {
            String msg = parent != null
                    ? "invalid operation: " + AstPrinter.print(parent) + " (shift of type " + c.str(t) + ")"
                    : "invalid operation: shifted operand " + AstPrinter.print(e) + " (type " + c.str(t) + ") must be integer";
            c.error(e, msg);
            return;
        }
        if (old.val != null) {
            Operand k = new Operand();
            k.mode = old.mode;
            k.expr = e;
            k.type = old.type;
            k.val = old.val;
            convert(k, t);
            if (k.invalid()) return;
        }
        Operand rec = new Operand();
        rec.mode = old.mode;
        rec.expr = e;
        rec.type = t;
        rec.val = old.val;
        c.record(rec);
    }
}
