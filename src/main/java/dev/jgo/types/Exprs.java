package dev.jgo.types;

import dev.jgo.syntax.Expr;
import dev.jgo.syntax.Token;
import dev.jgo.types.Operand.Mode;
import dev.jgo.types.constant.Constant;
import dev.jgo.types.constant.Kind;
import dev.jgo.types.constant.Value;
import java.util.IdentityHashMap;
import java.util.Map;

/** Checks expressions: operands, operators, untyped conversion. Calls are in {@link Calls}. */
final class Exprs {
    private final Checker c;
    /** The value of iota in the constant declaration being checked, or -1 outside one. */
    int iota = -1;
    /** Whether the expression being checked so far contains a function call or a receive (len(a) is then not constant). */
    boolean hasCallOrRecv;
    /** Objects imported with import . "p", and the import that brought each in. */
    final Map<Obj, Obj.PkgName> dotImported = new IdentityHashMap<>();
    /** Expressions whose type is untyped so far, and whether each is a non-constant shift's left operand. */
    private final Map<Expr, Untyped> untyped = new IdentityHashMap<>();

    private static final class Untyped {
        Mode mode;
        Type type;
        Value val;
        boolean isLhs;

        Untyped(Mode mode, Type type, Value val) {
            this.mode = mode;
            this.type = type;
            this.val = val;
        }
    }

    Exprs(Checker c) {
        this.c = c;
    }

    /** A single-valued, non-type expression. */
    void expr(Operand x, Expr e, Scope s) {
        rawExpr(x, e, s, null, false);
        exclude(x, true, true);
        singleValue(x);
    }

    /** An expression that may have several values (a call), or none. */
    void multiExpr(Operand x, Expr e, Scope s) {
        rawExpr(x, e, s, null, false);
        exclude(x, false, true);
    }

    /** An expression or a type. */
    void exprOrType(Operand x, Expr e, Scope s) {
        rawExpr(x, e, s, null, true);
        exclude(x, true, false);
        singleValue(x);
    }

    /** An expression whose type may be inferred from hint (for elided composite literal types). */
    void exprWithHint(Operand x, Expr e, Scope s, Type hint) {
        rawExpr(x, e, s, hint, false);
        exclude(x, true, true);
        singleValue(x);
    }

    private void exclude(Operand x, boolean noValue, boolean type) {
        String msg = null;
        if (noValue && x.mode == Mode.NOVALUE) msg = ExprString.of(x.expr) + " (no value) used as value";
        else if (x.mode == Mode.BUILTIN) msg = ExprString.of(x.expr) + " (built-in) must be called";
        else if (type && x.mode == Mode.TYPEXPR) msg = ExprString.of(x.expr) + " (type) is not an expression";
        if (msg != null) c.error(x, msg);
    }

    void singleValue(Operand x) {
        if (x.mode == Mode.VALUE && x.type instanceof Type.Tuple t) {
            c.error(x, "multiple-value " + ExprString.of(x.expr) + " (value of type " + c.str(t) + ") in single-value context");
        }
    }

    void rawExpr(Operand x, Expr e, Scope s, Type hint, boolean allowGeneric) {
        var saved = c.at;
        c.at = e.pos();
        exprInternal(x, e, s, hint);
        c.at = saved;
        if (x.mode == Mode.INVALID) {
            x.type = Universe.INVALID;
        }
        x.expr = e;
        if (!x.invalid() && Predicates.isUntyped(x.type)) {
            untyped.put(e, new Untyped(x.mode, x.type, x.val));
        } else {
            c.record(x);
        }
    }

    /** Records the expressions still untyped at the end of checking with their untyped types. */
    void flushUntyped() {
        for (var en : untyped.entrySet()) {
            Untyped u = en.getValue();
            Operand x = new Operand();
            x.mode = u.mode;
            x.type = u.type;
            x.val = u.val;
            x.expr = en.getKey();
            c.record(x);
        }
        untyped.clear();
    }

    private void exprInternal(Operand x, Expr e, Scope s, Type hint) {
        x.mode = Mode.INVALID;
        x.type = Universe.INVALID;
        switch (e) {
            case Expr.Bad b -> {}
            case Expr.Ident id -> ident(x, id, s);
            case Expr.BasicLit lit -> basicLit(x, lit);
            case Expr.FuncLit f -> funcLit(x, f, s);
            case Expr.CompositeLit cl -> new CompositeLits(c).check(x, cl, s, hint);
            case Expr.Paren p -> {
                rawExpr(x, p.x(), s, null, true);
                x.expr = e;
            }
            case Expr.Selector sel -> new Selectors(c).check(x, sel, s);
            case Expr.Index ix -> new Indexing(c).index(x, ix, s);
            case Expr.Slice sl -> new Indexing(c).slice(x, sl, s);
            case Expr.TypeAssert ta -> typeAssert(x, ta, s);
            case Expr.Call call -> c.calls.call(x, call, s);
            case Expr.Star st -> {
                exprOrType(x, st.x(), s);
                switch (x.mode) {
                    case INVALID -> {}
                    case TYPEXPR -> x.type = new Type.Pointer(x.type);
                    default -> {
                        if (x.isNil()) {
                            c.error(x, "invalid operation: cannot indirect nil");
                        } else if (x.type.underlying() instanceof Type.Pointer p) {
                            x.mode = Mode.VARIABLE;
                            x.type = p.elem();
                        } else {
                            c.error(x, "invalid operation: cannot indirect " + c.str(x));
                        }
                    }
                }
            }
            case Expr.Unary u -> unary(x, u, s);
            case Expr.Binary b -> binary(x, b, b.x(), b.y(), b.op(), s);
            case Expr.KeyValue kv -> c.error(kv, "unexpected key:value expression");
            case Expr.Ellipsis el -> c.error(el, "invalid use of '...'");
            case Expr.ArrayType t -> typeOperand(x, e, s);
            case Expr.StructType t -> typeOperand(x, e, s);
            case Expr.FuncType t -> typeOperand(x, e, s);
            case Expr.InterfaceType t -> typeOperand(x, e, s);
            case Expr.MapType t -> typeOperand(x, e, s);
            case Expr.ChanType t -> typeOperand(x, e, s);
        }
    }

    private void typeOperand(Operand x, Expr e, Scope s) {
        x.mode = Mode.TYPEXPR;
        x.type = c.types.typExpr(e, s);
    }

    void ident(Operand x, Expr.Ident id, Scope s) {
        if (id.isBlank()) {
            c.error(id, "cannot use _ as value");
            return;
        }
        Obj obj = s.lookupParent(id.name());
        if (obj == null) {
            c.error(id, "undefined: " + id.name());
            return;
        }
        c.recordUse(id, obj);
        Obj.PkgName dot = dotImported.get(obj);
        if (dot != null) dot.used = true;
        if (obj.pkg() == c.pkg && obj.parent() == c.pkg.scope()) {
            c.decl.objDecl(obj);
            if (c.current != null) c.current.addDep(obj);
        } else if (c.decls.containsKey(obj)) {
            c.decl.objDecl(obj);
        }
        Type t = obj.type();
        switch (obj) {
            case Obj.PkgName p -> {
                c.error(id, "use of package " + p.name() + " without selector");
                p.used = true;
                return;
            }
            case Obj.Const k -> {
                if (Predicates.isInvalid(t) || t == null) return;
                if (obj == Universe.IOTA) {
                    if (iota < 0) {
                        c.error(id, "cannot use iota outside constant declaration");
                        return;
                    }
                    x.setConst(Universe.UNTYPED_INT, Constant.makeInt64(iota));
                    return;
                }
                x.setConst(t, k.val == null ? Constant.unknown() : k.val);
                return;
            }
            case Obj.TypeName tn -> {
                x.mode = Mode.TYPEXPR;
                if (t == null) {
                    // An alias being declared refers to itself.
                    c.error(id, "invalid use of type alias " + tn.name() + " in recursive type (see issue #50729)");
                    x.mode = Mode.INVALID;
                    return;
                }
                x.type = t;
                return;
            }
            case Obj.Var v -> {
                if (v.pkg() == c.pkg) v.used = true;
                if (t == null || Predicates.isInvalid(t)) return;
                x.mode = Mode.VARIABLE;
                x.type = t;
                return;
            }
            case Obj.Func f -> {
                x.mode = Mode.VALUE;
                x.type = t == null ? Universe.INVALID : t;
                return;
            }
            case Obj.Builtin b -> {
                x.mode = Mode.BUILTIN;
                x.builtin = b.id();
                x.type = Universe.INVALID;
                return;
            }
            case Obj.Nil n -> {
                x.mode = Mode.NILVALUE;
                x.type = Universe.UNTYPED_NIL;
                return;
            }
            case Obj.Label l -> {}
        }
    }

    private void basicLit(Operand x, Expr.BasicLit lit) {
        Type t = switch (lit.kind()) {
            case INT -> Universe.UNTYPED_INT;
            case FLOAT -> Universe.UNTYPED_FLOAT;
            case IMAG -> Universe.UNTYPED_COMPLEX;
            case CHAR -> Universe.UNTYPED_RUNE;
            case STRING -> Universe.UNTYPED_STRING;
            default -> Universe.INVALID;
        };
        Value v = Constant.makeFromLiteral(lit.value(), lit.kind());
        if (v.kind() == Kind.UNKNOWN) {
            c.error(lit, "malformed constant: " + lit.value());
            return;
        }
        x.setConst(t, v);
    }

    private void funcLit(Operand x, Expr.FuncLit f, Scope s) {
        Scope fs = new Scope(s, true, "function literal");
        c.info.scopes.put(f.type(), fs);
        Type.Signature sig = c.types.funcType(null, f.type(), fs, true);
        c.stmts.funcBody("func literal", fs, sig, f.body());
        x.mode = Mode.VALUE;
        x.type = sig;
    }

    private void typeAssert(Operand x, Expr.TypeAssert ta, Scope s) {
        expr(x, ta.x(), s);
        if (x.invalid()) return;
        if (ta.type() == null) {
            c.error(ta, "invalid syntax tree: use of .(type) outside type switch");
            x.mode = Mode.INVALID;
            return;
        }
        if (!(x.type.underlying() instanceof Type.Interface iface)) {
            c.error(x, "invalid operation: " + c.str(x) + " is not an interface");
            return;
        }
        Type t = c.types.typExpr(ta.type(), s);
        if (Predicates.isInvalid(t)) {
            x.mode = Mode.INVALID;
            return;
        }
        checkAssertion(x, iface, t, ta, false);
        x.mode = Mode.COMMAOK;
        x.type = t;
    }

    /** Reports a type assertion (or type switch case) x.(T) that can never succeed. */
    void checkAssertion(Operand x, Type.Interface iface, Type t, Expr e, boolean typeSwitch) {
        if (t.underlying() instanceof Type.Interface) return;
        Lookup.Missing miss = Lookup.missingMethod(t, iface, false);
        if (miss == null) return;
        String cause = Lookup.reason(miss, c.pkg);
        if (typeSwitch) {
            c.error(e, "impossible type switch case: " + ExprString.of(e) + "\n\t" + c.str(x)
                    + " cannot have dynamic type " + c.str(t) + " " + cause);
        } else {
            c.error(e, "impossible type assertion: " + ExprString.of(e) + "\n\t" + c.str(t)
                    + " does not implement " + c.str(x.type) + " " + cause);
        }
    }

    private void unary(Operand x, Expr.Unary u, Scope s) {
        Token op = u.op();
        if (op == Token.AND) {
            rawExpr(x, u.x(), s, null, false);
            exclude(x, true, true);
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
        expr(x, u.x(), s);
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
                hasCallOrRecv = true;
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
            representable(x, (Type.Basic) x.type.underlying());
            return;
        }
        if (x.val.kind() == Kind.INT && Constant.bitLen(x.val) > 512) {
            c.error(opPos, "constant " + opName(x.expr) + " overflow");
            x.val = Constant.unknown();
        }
    }

    private static String opName(Expr e) {
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
        expr(x, lhs, s);
        expr(y, rhs, s);
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
            convertUntyped(x, y.type);
            if (x.invalid()) return;
            convertUntyped(y, x.type);
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
                String what = e != null ? ExprString.of(e)
                        : ExprString.of(lhs) + " " + op.text() + "= " + ExprString.of(rhs);
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
                updateExprType(x.expr, Predicates.defaultType(x.type), true);
                updateExprType(y.expr, Predicates.defaultType(y.type), true);
            }
            x.type = Universe.UNTYPED_BOOL;
            return;
        }
        if (cause.isEmpty()) cause = "operator " + op.text() + " not defined on " + kindString(errOp.type);
        if (switchCase) {
            c.error(x.pos(), "invalid case " + ExprString.of(x.expr) + " in switch on " + ExprString.of(y.expr) + " (" + cause + ")");
        } else {
            c.error(errOp.pos(), "invalid operation: " + ExprString.of(x.expr) + " " + op.text() + " "
                    + ExprString.of(y.expr) + " (" + cause + ")");
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
                representable(y, Universe.UINT);
                if (y.invalid()) {
                    x.mode = Mode.INVALID;
                    return;
                }
            }
        } else if (Predicates.isInteger(y.type)) {
            // fine
        } else if (Predicates.isUntyped(y.type)) {
            convertUntyped(y, Universe.UINT);
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
                Untyped u = untyped.get(x.expr);
                if (u != null) u.isLhs = true;
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

    /** Gives an untyped x the type target calls for, or reports why it cannot have it. */
    void convertUntyped(Operand x, Type target) {
        if (x.invalid() || Predicates.isTyped(x.type) || Predicates.isInvalid(target)) return;
        ImplicitResult r = implicitTypeAndValue(x, target);
        if (r.code != 0) {
            invalidConversion(r.code, x, target.underlying());
            x.mode = Mode.INVALID;
            return;
        }
        if (r.val != null) {
            x.val = r.val;
            Untyped u = untyped.get(x.expr);
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
            default -> "cannot convert " + c.str(x) + " to type " + c.str(target);
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
        Untyped old = untyped.get(e);
        if (old == null) return;
        switch (e) {
            case Expr.Paren p -> updateExprType(e, p.x(), t, fin);
            case Expr.Unary u -> {
                if (old.val == null) updateExprType(e, u.x(), t, fin);
            }
            case Expr.Binary b -> {
                if (old.val == null) {
                    if (isComparison(b.op())) {
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
                    ? "invalid operation: " + ExprString.of(parent) + " (shift of type " + c.str(t) + ")"
                    : "invalid operation: shifted operand " + ExprString.of(e) + " (type " + c.str(t) + ") must be integer";
            c.error(e, msg);
            return;
        }
        if (old.val != null) {
            Operand k = new Operand();
            k.mode = old.mode;
            k.expr = e;
            k.type = old.type;
            k.val = old.val;
            convertUntyped(k, t);
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
