package dev.jgo.ssa;

import static dev.jgo.ssa.GenericOp.Family.CONST;

import dev.jgo.ssa.GenericOp.Family;

import java.util.OptionalLong;

/**
 * Machine-independent simplifications: constant folding (integers with Go's wrap-around per
 * width, floats in their own precision, conversions), algebraic identities, taking apart
 * aggregates that were just built, and constant branches.
 * Constants are moved to arg0 of commutative ops first (gc's normal form), so the identity rules
 * look in one place and CSE sees {@code x+1} and {@code 1+x} as one value.
 */
public final class GenericRules implements Rules {
    public static final GenericRules INSTANCE = new GenericRules();

    private GenericRules() {}

    @Override
    public boolean rewrite(Value v) {
        if (!(v.op() instanceof GenericOp g)) return false;
        return switch (g.family()) {
            case ADD, SUB, MUL, DIV, DIVU, MOD, MODU, AND, OR, XOR, LSH, RSH, RSHU,
                 EQ, NEQ, LESS, LESSU, LEQ, LEQU -> intBinary(v, g);
            case NEG, COM, SIGN_EXT, ZERO_EXT, TRUNC -> intUnary(v, g);
            case ADD_F, SUB_F, MUL_F, DIV_F, EQ_F, NEQ_F, LESS_F, LEQ_F -> floatBinary(v, g);
            case NEG_F -> isFloatConst(v.arg(0)) && toFloat(v, g, Double.doubleToRawLongBits(-v.arg(0).auxFloat()));
            default -> other(v, g);
        };
    }

    @Override
    public boolean rewrite(Block b) {
        if (b.kind() != GenericBlockKind.If) return false;
        Value c = b.control(0);
        if (c.op() == GenericOp.ConstBool) {
            // First always takes successor 0: put the taken branch there.
            if (c.auxInt() == 0) b.swapSuccessors();
            b.reset(GenericBlockKind.First);
            b.setLikely(Block.Likely.UNKNOWN);
            return true;
        }
        if (c.op() == GenericOp.Not) {
            b.setControl(c.arg(0));
            b.swapSuccessors();
            return true;
        }
        return false;
    }

    private static boolean isIntConst(Value v) {
        return v.op() instanceof GenericOp g && g.family() == CONST;
    }

    private static boolean isFloatConst(Value v) {
        return v.op() == GenericOp.Const32F || v.op() == GenericOp.Const64F;
    }

    /** Makes v the float constant of g's width whose auxInt is bits. */
    private static boolean toFloat(Value v, GenericOp g, long bits) {
        v.reset(g.bits() == 32 ? GenericOp.Const32F : GenericOp.Const64F);
        v.setAuxInt(bits);
        return true;
    }

    private static boolean isConst(Value v, long c) {
        return isIntConst(v) && v.auxInt() == c;
    }

    private static boolean toConst(Value v, int bits, long c) {
        v.reset(GenericOp.of(CONST, bits));
        v.setAuxInt(IntFold.normalize(c, bits));
        return true;
    }

    private static boolean toBool(Value v, boolean c) {
        v.reset(GenericOp.ConstBool);
        v.setAuxInt(c ? 1 : 0);
        return true;
    }

    private static boolean to(Value v, Op op, Value... args) {
        v.reset(op);
        v.addArgs(args);
        return true;
    }

    private static boolean copy(Value v, Value w) {
        v.copyOf(w);
        return true;
    }

    private static boolean isComparison(Family f) {
        return switch (f) {
            case EQ, NEQ, LESS, LESSU, LEQ, LEQU -> true;
            default -> false;
        };
    }

    private boolean intBinary(Value v, GenericOp g) {
        Value x = v.arg(0), y = v.arg(1);
        int w = g.bits();
        Family f = g.family();
        if (isIntConst(x) && isIntConst(y)) {
            OptionalLong r = IntFold.binary(g, x.auxInt(), y.auxInt());
            if (r.isEmpty()) return false;
            return isComparison(f) ? toBool(v, r.getAsLong() != 0) : toConst(v, w, r.getAsLong());
        }
        if (g.commutative() && isIntConst(y)) {
            v.setArg(0, y);
            v.setArg(1, x);
            return true;
        }
        if (isIntConst(x) && reassociate(v, g, x, y)) return true;
        return switch (f) {
            case ADD -> isConst(x, 0) && copy(v, y);
            case SUB -> {
                if (x == y) yield toConst(v, w, 0);
                if (isConst(y, 0)) yield copy(v, x);
                // x - c is (-c) + x: one form for CSE and for folding chains of additions.
                if (isIntConst(y)) {
                    GenericOp k = GenericOp.of(CONST, w);
                    Value negated = v.block().func().constant(y.pos(), k, y.type(), IntFold.normalize(-y.auxInt(), w));
                    yield to(v, GenericOp.of(Family.ADD, w), negated, x);
                }
                yield false;
            }
            case MUL -> {
                if (isConst(x, 0)) yield toConst(v, w, 0);
                if (isConst(x, 1)) yield copy(v, y);
                if (isConst(x, -1)) yield to(v, GenericOp.of(Family.NEG, w), y);
                yield false;
            }
            case AND -> {
                if (isConst(x, 0)) yield toConst(v, w, 0);
                if (isConst(x, -1) || x == y) yield copy(v, y);
                yield false;
            }
            case OR -> {
                if (isConst(x, -1)) yield toConst(v, w, -1);
                if (isConst(x, 0) || x == y) yield copy(v, y);
                yield false;
            }
            case XOR -> {
                if (x == y) yield toConst(v, w, 0);
                yield isConst(x, 0) && copy(v, y);
            }
            case DIV, DIVU -> isConst(y, 1) && copy(v, x);
            case MOD, MODU -> isConst(y, 1) && toConst(v, w, 0);
            case LSH, RSHU, RSH -> shift(v, g, x, y);
            case EQ, LEQ, LEQU -> x == y && toBool(v, true);
            case NEQ, LESS, LESSU -> x == y && toBool(v, false);
            default -> false;
        };
    }

    /**
     * Brings constants together: c op (d op x) is (c op d) op x for the associative families, and
     * c == d + x is c-d == x (likewise !=), so chains of constant steps fold to one.
     */
    private boolean reassociate(Value v, GenericOp g, Value c, Value y) {
        int w = g.bits();
        boolean matches = switch (g.family()) {
            case ADD, MUL, AND, OR, XOR -> y.op() == g;
            case EQ, NEQ -> y.op() == GenericOp.of(Family.ADD, w);
            default -> false;
        };
        if (!matches || !isIntConst(y.arg(0)) || isIntConst(y.arg(1))) return false;
        long d = y.arg(0).auxInt();
        long folded = g.family() == Family.EQ || g.family() == Family.NEQ
                ? c.auxInt() - d
                : IntFold.binary(g, c.auxInt(), d).orElseThrow();
        Func f = v.block().func();
        Value k = f.constant(c.pos(), GenericOp.of(CONST, w), c.type(), IntFold.normalize(folded, w));
        return to(v, g, k, y.arg(1));
    }

    private boolean floatBinary(Value v, GenericOp g) {
        Value x = v.arg(0), y = v.arg(1);
        if (!isFloatConst(x) || !isFloatConst(y)) return false;
        double a = x.auxFloat(), b = y.auxFloat();
        return switch (g.family()) {
            case EQ_F, NEQ_F, LESS_F, LEQ_F -> toBool(v, FloatFold.compare(g, a, b));
            default -> {
                OptionalLong r = FloatFold.arithmetic(g, a, b);
                yield r.isPresent() && toFloat(v, g, r.getAsLong());
            }
        };
    }

    private boolean shift(Value v, GenericOp g, Value x, Value y) {
        if (isConst(x, 0) || isConst(y, 0)) return copy(v, x);
        if (!isIntConst(y) || g.family() == Family.RSH) return false;
        long amount = IntFold.unsigned(y.auxInt(), g.bits2());
        // Shifting every bit out of an unsigned or left shift leaves zero.
        return Long.compareUnsigned(amount, g.bits()) >= 0 && toConst(v, g.bits(), 0);
    }

    private boolean intUnary(Value v, GenericOp g) {
        Value x = v.arg(0);
        if (isIntConst(x)) return toConst(v, g.bits(), IntFold.unary(g, x.auxInt()).orElseThrow());
        if (!(x.op() instanceof GenericOp xg)) return false;
        return switch (g.family()) {
            case NEG -> {
                if (xg.family() == Family.NEG) yield copy(v, x.arg(0));
                if (xg.family() == Family.SUB) yield to(v, xg, x.arg(1), x.arg(0));
                yield false;
            }
            case COM -> xg.family() == Family.COM && copy(v, x.arg(0));
            // Truncating an extension back to the original width gives the original.
            case TRUNC -> (xg.family() == Family.SIGN_EXT || xg.family() == Family.ZERO_EXT)
                    && xg.bits2() == g.bits() && copy(v, x.arg(0));
            default -> false;
        };
    }

    private boolean other(Value v, GenericOp g) {
        return switch (g) {
            case Not -> not(v, v.arg(0));
            case EqB, NeqB, AndB, OrB -> bool(v, g, v.arg(0), v.arg(1));
            case EqPtr -> v.arg(0) == v.arg(1) && toBool(v, true);
            case NeqPtr -> v.arg(0) == v.arg(1) && toBool(v, false);
            case IsNonNil -> switch (v.arg(0).op()) {
                case GenericOp.ConstNil -> toBool(v, false);
                case GenericOp.Addr, GenericOp.LocalAddr -> toBool(v, true);
                default -> false;
            };
            case IsInBounds -> bounds(v, false);
            case IsSliceInBounds -> bounds(v, true);
            case OffPtr -> offPtr(v, v.arg(0));
            case Cvt32to32F, Cvt32to64F, Cvt64to32F, Cvt64to64F, Cvt32Fto32, Cvt32Fto64, Cvt64Fto32,
                 Cvt64Fto64, Cvt32Fto64F, Cvt64Fto32F -> convert(v, g, v.arg(0));
            case StringLen -> {
                Value s = v.arg(0);
                if (s.op() == GenericOp.ConstString) {
                    yield toConst(v, 64, ((String) s.aux()).length());
                }
                yield select(v, s, GenericOp.StringMake, 1);
            }
            case StringPtr -> select(v, v.arg(0), GenericOp.StringMake, 0);
            case SlicePtr -> select(v, v.arg(0), GenericOp.SliceMake, 0);
            case SliceLen -> select(v, v.arg(0), GenericOp.SliceMake, 1);
            case SliceCap -> select(v, v.arg(0), GenericOp.SliceMake, 2);
            case ITab -> select(v, v.arg(0), GenericOp.IMake, 0);
            case IData -> select(v, v.arg(0), GenericOp.IMake, 1);
            case ComplexReal -> select(v, v.arg(0), GenericOp.ComplexMake, 0);
            case ComplexImag -> select(v, v.arg(0), GenericOp.ComplexMake, 1);
            case StructSelect -> select(v, v.arg(0), GenericOp.StructMake, (int) v.auxInt());
            case ArraySelect -> select(v, v.arg(0), GenericOp.ArrayMake, (int) v.auxInt());
            default -> false;
        };
    }

    private static boolean convert(Value v, GenericOp g, Value x) {
        if (!isIntConst(x) && !isFloatConst(x)) return false;
        OptionalLong r = FloatFold.convert(g, x.auxInt());
        if (r.isEmpty()) return false;
        v.reset(FloatFold.resultConst(g));
        v.setAuxInt(r.getAsLong());
        return true;
    }

    /** Part i of an aggregate built by make is the make's argument i. */
    private static boolean select(Value v, Value aggregate, GenericOp make, int i) {
        return aggregate.op() == make && i < aggregate.argCount() && copy(v, aggregate.arg(i));
    }

    private boolean not(Value v, Value x) {
        if (x.op() == GenericOp.ConstBool) return toBool(v, x.auxInt() == 0);
        if (!(x.op() instanceof GenericOp xg)) return false;
        if (xg == GenericOp.Not) return copy(v, x.arg(0));
        GenericOp inverse = switch (xg.family()) {
            case EQ -> GenericOp.of(Family.NEQ, xg.bits());
            case NEQ -> GenericOp.of(Family.EQ, xg.bits());
            default -> switch (xg) {
                case EqB -> GenericOp.NeqB;
                case NeqB -> GenericOp.EqB;
                case EqPtr -> GenericOp.NeqPtr;
                case NeqPtr -> GenericOp.EqPtr;
                default -> null;
            };
        };
        if (inverse != null) return to(v, inverse, x.arg(0), x.arg(1));
        // !(x < y) is y <= x for integers (not for floats: NaN compares false both ways).
        GenericOp swapped = switch (xg.family()) {
            case LESS -> GenericOp.of(Family.LEQ, xg.bits());
            case LEQ -> GenericOp.of(Family.LESS, xg.bits());
            case LESSU -> GenericOp.of(Family.LEQU, xg.bits());
            case LEQU -> GenericOp.of(Family.LESSU, xg.bits());
            default -> null;
        };
        return swapped != null && to(v, swapped, x.arg(1), x.arg(0));
    }

    private boolean bool(Value v, GenericOp g, Value x, Value y) {
        if (y.op() == GenericOp.ConstBool && x.op() != GenericOp.ConstBool) {
            v.setArg(0, y);
            v.setArg(1, x);
            return true;
        }
        if (x.op() == GenericOp.ConstBool) {
            boolean c = x.auxInt() != 0;
            if (y.op() == GenericOp.ConstBool) {
                boolean d = y.auxInt() != 0;
                return toBool(v, switch (g) {
                    case EqB -> c == d;
                    case NeqB -> c != d;
                    case AndB -> c && d;
                    default -> c || d;
                });
            }
            return switch (g) {
                case EqB -> c ? copy(v, y) : to(v, GenericOp.Not, y);
                case NeqB -> c ? to(v, GenericOp.Not, y) : copy(v, y);
                case AndB -> c ? copy(v, y) : toBool(v, false);
                default -> c ? toBool(v, true) : copy(v, y);
            };
        }
        if (x != y) return false;
        return switch (g) {
            case EqB -> toBool(v, true);
            case NeqB -> toBool(v, false);
            default -> copy(v, x);
        };
    }

    private boolean bounds(Value v, boolean slice) {
        Value i = v.arg(0), n = v.arg(1);
        if (slice && i == n) return toBool(v, true);
        if (!isIntConst(i) || !isIntConst(n)) return false;
        long a = i.auxInt(), b = n.auxInt();
        return toBool(v, a >= 0 && (slice ? a <= b : a < b));
    }

    private boolean offPtr(Value v, Value p) {
        if (v.auxInt() == 0) return copy(v, p);
        if (p.op() != GenericOp.OffPtr) return false;
        long off = v.auxInt() + p.auxInt();
        Value base = p.arg(0);
        v.reset(GenericOp.OffPtr);
        v.setAuxInt(off);
        v.addArg(base);
        return true;
    }
}
