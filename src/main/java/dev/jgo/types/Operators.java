package dev.jgo.types;

import dev.jgo.syntax.AstPrinter;
import dev.jgo.syntax.Expr;
import dev.jgo.syntax.Token;
import dev.jgo.types.Operand.Mode;
import dev.jgo.types.constant.Constant;
import dev.jgo.types.constant.Kind;
import dev.jgo.types.constant.Value;

/** Checks unary and binary operations, comparisons and shifts, folding constants. */
final class Operators {
    private final Checker c;

    Operators(Checker c) {
        this.c = c;
    }

    void unary(Operand x, Expr.Unary u, Scope s) {
        Token op = u.op();
        if (op == Token.AND) {
            c.exprs.rawExpr(x, u.x(), s, null);
            c.exprs.exclude(x, true, true);
            if (x.invalid()) return;
            Expr inner = u.x();
            while (inner instanceof Expr.Paren p) inner = p.x();
            if (!(inner instanceof Expr.CompositeLit) && x.mode != Mode.VARIABLE) {
                c.error(x, "invalid operation: cannot take address of " + c.str(x));
                return;
            }
            x.mode = Mode.VALUE;
            x.type = new Type.Pointer(x.type);
            return;
        }
        c.exprs.expr(x, u.x(), s);
        if (x.invalid()) return;
        switch (op) {
            case ARROW -> {
                if (!(x.type.underlying() instanceof Type.Chan ch)) {
                    c.error(x, "invalid operation: cannot receive from non-channel " + c.str(x));
                    return;
                }
                if (ch.dir() == Type.ChanDir.SEND) {
                    c.error(x, "invalid operation: cannot receive from send-only channel " + c.str(x));
                    return;
                }
                x.mode = Mode.COMMAOK;
                x.type = ch.elem();
                c.exprs.hasCallOrRecv = true;
                return;
            }
            case TILDE -> {
                c.error(u, "cannot use ~ outside of interface or type constraint");
                x.mode = Mode.INVALID;
                return;
            }
            default -> {}
        }
        boolean ok = switch (op) {
            case ADD, SUB -> Predicates.isNumeric(x.type);
            case XOR -> Predicates.isInteger(x.type);
            case NOT -> Predicates.isBoolean(x.type);
            default -> false;
        };
        if (!ok) {
            c.error(x, "invalid operation: operator " + op.text() + " not defined on " + c.str(x));
            return;
        }
        if (x.mode == Mode.CONSTANT) {
            if (x.val.kind() == Kind.UNKNOWN) return;
            int prec = 0;
            if (Predicates.isUnsigned(x.type)) prec = ((Type.Basic) x.type.underlying()).kind().size * 8;
            x.val = Constant.unaryOp(op, x.val, prec);
            x.expr = u;
            overflow(x, u.pos());
            return;
        }
        x.mode = Mode.VALUE;
    }

    /** Checks that a constant result is representable (typed) or not absurdly large (untyped). */
    void overflow(Operand x, dev.jgo.syntax.Pos opPos) {
        if (x.val.kind() == Kind.UNKNOWN) {
            c.error(opPos, "constant result is not representable");
            return;
        }
        if (Predicates.isTyped(x.type)) {
            c.untyped.representable(x, (Type.Basic) x.type.underlying());
            return;
        }
        if (x.val.kind() == Kind.INT && Constant.bitLen(x.val) > 512) {
            c.error(opPos, "constant " + opName(x.expr) + " overflow");
            x.val = Constant.unknown();
        }
    }

    private static String opName(Expr e) {
        if (e instanceof Expr.Unary u) return u.op() == Token.XOR ? "bitwise complement" : "";
        if (e instanceof Expr.Binary b) {
            return switch (b.op()) {
                case ADD -> "addition";
                case SUB -> "subtraction";
                case XOR -> "bitwise XOR";
                case MUL -> "multiplication";
                case SHL -> "shift";
                default -> "";
            };
        }
        return "";
    }

    void binary(Operand x, Expr e, Expr lhs, Expr rhs, Token op, Scope s) {
        Operand y = new Operand();
        c.exprs.expr(x, lhs, s);
        c.exprs.expr(y, rhs, s);
        if (x.invalid()) return;
        if (y.invalid()) {
            x.mode = Mode.INVALID;
            x.expr = y.expr;
            return;
        }
        if (op == Token.SHL || op == Token.SHR) {
            shift(x, y, e, op);
            return;
        }
        if (canMix(x, y)) {
            c.untyped.convert(x, y.type);
            if (x.invalid()) return;
            c.untyped.convert(y, x.type);
            if (y.invalid()) {
                x.mode = Mode.INVALID;
                return;
            }
        }
        if (isComparison(op)) {
            comparison(x, y, op, false);
            return;
        }
        if (!Predicates.identical(x.type, y.type)) {
            if (!Predicates.isInvalid(x.type) && !Predicates.isInvalid(y.type)) {
                String what = e != null ? AstPrinter.print(e)
                        : AstPrinter.print(lhs) + " " + op.text() + "= " + AstPrinter.print(rhs);
                c.error(x, "invalid operation: " + what + " (mismatched types " + c.str(x.type) + " and " + c.str(y.type) + ")");
            }
            x.mode = Mode.INVALID;
            return;
        }
        boolean ok = switch (op) {
            case ADD -> Predicates.isNumeric(x.type) || Predicates.isString(x.type);
            case SUB, MUL, QUO -> Predicates.isNumeric(x.type);
            case REM, AND, OR, XOR, AND_NOT -> Predicates.isInteger(x.type);
            case LAND, LOR -> Predicates.isBoolean(x.type);
            default -> false;
        };
        if (!ok) {
            c.error(x, "invalid operation: operator " + op.text() + " not defined on " + c.str(x));
            return;
        }
        if (op == Token.QUO || op == Token.REM) {
            if ((x.mode == Mode.CONSTANT || Predicates.isInteger(x.type)) && y.mode == Mode.CONSTANT
                    && y.val.kind() != Kind.UNKNOWN && Constant.sign(y.val) == 0) {
                c.error(y.pos(), "invalid operation: division by zero");
                x.mode = Mode.INVALID;
                return;
            }
            // A complex divisor whose squared parts underflow to zero divides by zero too (as in gc).
            if (x.mode == Mode.CONSTANT && y.mode == Mode.CONSTANT && Predicates.isComplex(x.type)
                    && y.val.kind() != Kind.UNKNOWN) {
                Value re = Constant.real(y.val), im = Constant.imag(y.val);
                if (Constant.sign(Constant.binaryOp(re, Token.MUL, re)) == 0 && Constant.sign(Constant.binaryOp(im, Token.MUL, im)) == 0) {
                    c.error(y.pos(), "invalid operation: division by zero");
                    x.mode = Mode.INVALID;
                    return;
                }
            }
        }
        if (x.mode == Mode.CONSTANT && y.mode == Mode.CONSTANT) {
            if (x.val.kind() == Kind.UNKNOWN || y.val.kind() == Kind.UNKNOWN) {
                x.val = Constant.unknown();
                return;
            }
            Token tok = op == Token.QUO && Predicates.isInteger(x.type) ? Token.QUO_ASSIGN : op;
            x.val = Constant.binaryOp(x.val, tok, y.val);
            x.expr = e;
            overflow(x, e instanceof Expr.Binary b ? b.opPos() : x.pos());
            return;
        }
        x.mode = Mode.VALUE;
    }

    private static boolean canMix(Operand x, Operand y) {
        if (isIfaceType(x.type) || isIfaceType(y.type)) return true;
        if (Predicates.isBoolean(x.type) != Predicates.isBoolean(y.type)) return false;
        if (Predicates.isString(x.type) != Predicates.isString(y.type)) return false;
        if (x.isNil() && !Predicates.hasNil(y.type)) return false;
        return !(y.isNil() && !Predicates.hasNil(x.type));
    }

    private static boolean isIfaceType(Type t) {
        return t.underlying() instanceof Type.Interface;
    }

    static boolean isComparison(Token op) {
        return switch (op) {
            case EQL, NEQ, LSS, LEQ, GTR, GEQ -> true;
            default -> false;
        };
    }

    /** Checks x op y for a comparison (or a switch case, x being the case value); x becomes the result. */
    void comparison(Operand x, Operand y, Token op, boolean switchCase) {
        if (switchCase) op = Token.EQL;
        Operand errOp = x;
        String cause = "";
        boolean ok = c.assign.assignableTo(x, y.type, null) || c.assign.assignableTo(y, x.type, null);
        fail:
        {
            if (!ok) {
                errOp = y;
                cause = "mismatched types " + c.str(x.type) + " and " + c.str(y.type);
                break fail;
            }
            if (op == Token.EQL || op == Token.NEQ) {
                if (x.isNil() || y.isNil()) {
                    Type t = x.isNil() ? y.type : x.type;
                    if (!Predicates.hasNil(t) || x.isNil() && y.isNil()) {
                        errOp = y;
                        break fail;
                    }
                } else if (!Predicates.comparable(x.type)) {
                    errOp = x;
                    cause = incomparableCause(x.type);
                    break fail;
                } else if (!Predicates.comparable(y.type)) {
                    errOp = y;
                    cause = incomparableCause(y.type);
                    break fail;
                }
            } else if (!Predicates.isOrdered(x.type)) {
                errOp = x;
                break fail;
            } else if (!Predicates.isOrdered(y.type)) {
                errOp = y;
                break fail;
            }
            if (x.mode == Mode.CONSTANT && y.mode == Mode.CONSTANT) {
                if (x.val.kind() == Kind.UNKNOWN || y.val.kind() == Kind.UNKNOWN) x.val = Constant.unknown();
                else x.val = Constant.makeBool(Constant.compare(x.val, op, y.val));
            } else {
                x.mode = Mode.VALUE;
                c.untyped.updateExprType(x.expr, Predicates.defaultType(x.type), true);
                c.untyped.updateExprType(y.expr, Predicates.defaultType(y.type), true);
            }
            x.type = Universe.UNTYPED_BOOL;
            return;
        }
        if (cause.isEmpty()) cause = "operator " + op.text() + " not defined on " + kindString(errOp.type);
        if (switchCase) {
            c.error(x.pos(), "invalid case " + AstPrinter.print(x.expr) + " in switch on " + AstPrinter.print(y.expr) + " (" + cause + ")");
        } else {
            c.error(errOp.pos(), "invalid operation: " + AstPrinter.print(x.expr) + " " + op.text() + " "
                    + AstPrinter.print(y.expr) + " (" + cause + ")");
        }
        x.mode = Mode.INVALID;
    }

    private String incomparableCause(Type t) {
        Type u = t.underlying();
        if (u instanceof Type.Slice || u instanceof Type.Signature || u instanceof Type.Map) {
            return kindString(t) + " can only be compared to nil";
        }
        if (u instanceof Type.Struct s) {
            for (Obj.Var f : s.fields()) {
                if (!Predicates.comparable(f.type())) return "struct containing " + c.str(f.type()) + " cannot be compared";
            }
        }
        if (u instanceof Type.Array a) return c.str(t) + " cannot be compared";
        return "";
    }

    private String kindString(Type t) {
        return switch (t.underlying()) {
            case Type.Array a -> "array";
            case Type.Slice s -> "slice";
            case Type.Struct s -> "struct";
            case Type.Pointer p -> "pointer";
            case Type.Signature s -> "func";
            case Type.Interface i -> "interface";
            case Type.Map m -> "map";
            case Type.Chan ch -> "chan";
            default -> c.str(t);
        };
    }

    private void shift(Operand x, Operand y, Expr e, Token op) {
        Value xval = x.mode == Mode.CONSTANT ? Constant.toInt(x.val) : null;
        if (!(Predicates.isInteger(x.type) || Predicates.isUntyped(x.type) && xval != null && xval.kind() == Kind.INT)) {
            c.error(x, "invalid operation: shifted operand " + c.str(x) + " must be integer");
            return;
        }
        if (y.mode == Mode.CONSTANT) {
            Value yval = Constant.toInt(y.val);
            if (yval.kind() == Kind.INT && Constant.sign(yval) < 0) {
                c.error(y.pos(), "invalid operation: negative shift count " + c.str(y));
                x.mode = Mode.INVALID;
                return;
            }
            if (Predicates.isUntyped(y.type)) {
                c.untyped.representable(y, Universe.UINT);
                if (y.invalid()) {
                    x.mode = Mode.INVALID;
                    return;
                }
            }
        } else if (Predicates.isInteger(y.type)) {
            // fine
        } else if (Predicates.isUntyped(y.type)) {
            c.untyped.convert(y, Universe.UINT);
            if (y.invalid()) {
                x.mode = Mode.INVALID;
                return;
            }
        } else {
            c.error(y.pos(), "invalid operation: shift count " + c.str(y) + " must be integer");
            x.mode = Mode.INVALID;
            return;
        }
        if (x.mode == Mode.CONSTANT) {
            if (y.mode == Mode.CONSTANT) {
                if (x.val.kind() == Kind.UNKNOWN || y.val.kind() == Kind.UNKNOWN) {
                    x.val = Constant.unknown();
                    if (!Predicates.isInteger(x.type)) x.type = Universe.UNTYPED_INT;
                    return;
                }
                Value yi = Constant.toInt(y.val);
                long sh = yi.kind() == Kind.INT && Constant.bitLen(yi) < 63 ? Constant.int64Val(yi) : -1;
                if (sh < 0 || sh > 1023 - 1 + 52) {
                    c.error(y.pos(), "invalid operation: invalid shift count " + c.str(y));
                    x.mode = Mode.INVALID;
                    return;
                }
                if (!Predicates.isInteger(x.type)) x.type = Universe.UNTYPED_INT;
                x.val = Constant.shift(xval, op, sh);
                x.expr = e;
                overflow(x, e instanceof Expr.Binary b ? b.opPos() : x.pos());
                return;
            }
            if (Predicates.isUntyped(x.type)) {
                c.untyped.markShiftOperand(x.expr);
                x.mode = Mode.VALUE;
                return;
            }
        }
        if (!Predicates.isInteger(x.type)) {
            c.error(x, "invalid operation: shifted operand " + c.str(x) + " must be integer");
            return;
        }
        x.mode = Mode.VALUE;
    }
}
