package dev.jgo.amd64.lower;

import static dev.jgo.ssa.Amd64Op.*;

import dev.jgo.ssa.Amd64Op;
import dev.jgo.ssa.Block;
import dev.jgo.ssa.Func;
import dev.jgo.ssa.GenericBlockKind;
import dev.jgo.ssa.GenericOp;
import dev.jgo.ssa.GenericOp.Family;
import dev.jgo.ssa.Op;
import dev.jgo.ssa.Rewrite;
import dev.jgo.ssa.Rules;
import dev.jgo.ssa.SsaTypes;
import dev.jgo.ssa.Value;
import dev.jgo.types.Sizes;
import dev.jgo.types.Type;
import dev.jgo.types.Universe;

import java.util.Objects;

/**
 * Lowers generic SSA to amd64 ops: one rule per generic op family, then folding rules on the
 * machine ops (constants into immediates, address arithmetic into loads and stores, compares
 * into branch kinds). Narrow integer arithmetic uses the 32-bit instructions: bits above a
 * value's width are "don't care" everywhere in lowered code, so only division, right shifts and
 * compares, which look at them, extend their operands first.
 */
public final class Lower implements Rules {
    public static final Lower INSTANCE = new Lower();

    private Lower() {}

    public static void run(Func f) {
        Rewrite.run(f, INSTANCE);
    }

    @Override
    public boolean rewrite(Value v) {
        return switch (v.op()) {
            case GenericOp g -> lowerGeneric(v, g);
            case Amd64Op m -> MachineRules.fold(v, m);
        };
    }

    @Override
    public boolean rewrite(Block b) {
        return MachineRules.fuseBranch(b);
    }

    private static boolean lowerGeneric(Value v, GenericOp op) {
        int w = op.bits();
        return switch (op.family()) {
            case CONST -> to(v, w == 64 ? MOVQconst : MOVLconst, v.auxInt());
            case CONST_F -> to(v, w == 64 ? MOVSDconst : MOVSSconst, v.auxInt());
            case ADD -> binary(v, w == 64 ? ADDQ : ADDL);
            case SUB -> binary(v, w == 64 ? SUBQ : SUBL);
            case MUL -> binary(v, w == 64 ? MULQ : MULL);
            case AND -> binary(v, w == 64 ? ANDQ : ANDL);
            case OR -> binary(v, w == 64 ? ORQ : ORL);
            case XOR -> binary(v, w == 64 ? XORQ : XORL);
            case NEG -> unary(v, w == 64 ? NEGQ : NEGL);
            case COM -> unary(v, w == 64 ? NOTQ : NOTL);
            case DIV -> divide(v, w, true, w == 64 ? DIVQ : DIVL);
            case MOD -> divide(v, w, true, w == 64 ? MODQ : MODL);
            case DIVU -> divide(v, w, false, w == 64 ? DIVQU : DIVLU);
            case MODU -> divide(v, w, false, w == 64 ? MODQU : MODLU);
            case LSH, RSH, RSHU -> Shifts.lower(v, op);
            case EQ -> compare(v, w, SETEQ);
            case NEQ -> compare(v, w, SETNE);
            case LESS -> compare(v, w, SETL);
            case LEQ -> compare(v, w, SETLE);
            case LESSU -> compare(v, w, SETB);
            case LEQU -> compare(v, w, SETBE);
            case SIGN_EXT -> unary(v, switch (op.bits2()) { case 8 -> MOVBQSX; case 16 -> MOVWQSX; default -> MOVLQSX; });
            case ZERO_EXT -> unary(v, switch (op.bits2()) { case 8 -> MOVBQZX; case 16 -> MOVWQZX; default -> MOVLQZX; });
            case TRUNC -> copy(v);
            case ADD_F -> binary(v, w == 64 ? ADDSD : ADDSS);
            case SUB_F -> binary(v, w == 64 ? SUBSD : SUBSS);
            case MUL_F -> binary(v, w == 64 ? MULSD : MULSS);
            case DIV_F -> binary(v, w == 64 ? DIVSD : DIVSS);
            case NEG_F -> unary(v, w == 64 ? NEGSD : NEGSS);
            case SQRT_F -> unary(v, SQRTSD);
            case EQ_F -> floatCompare(v, w, SETEQF, false);
            case NEQ_F -> floatCompare(v, w, SETNEF, false);
            case LESS_F -> floatCompare(v, w, SETA, true);
            case LEQ_F -> floatCompare(v, w, SETAE, true);
            case NONE -> lowerOther(v, op);
        };
    }

    private static boolean lowerOther(Value v, GenericOp op) {
        return switch (op) {
            case ConstBool -> to(v, MOVLconst, v.auxInt());
            case ConstNil -> to(v, MOVQconst, 0);
            case AddPtr -> binary(v, ADDQ);
            case EqPtr -> compare(v, 64, SETEQ);
            case NeqPtr -> compare(v, 64, SETNE);
            case EqB -> compare(v, 8, SETEQ);
            case NeqB -> compare(v, 8, SETNE);
            case AndB -> binary(v, ANDL);
            case OrB -> binary(v, ORL);
            case Not -> {
                Value x = v.arg(0);
                v.reset(XORLconst);
                v.setAuxInt(1);
                v.addArg(x);
                yield true;
            }
            case IsNonNil -> {
                Value p = v.arg(0);
                set(v, SETNE, flags(v, TESTQ, 0, p, p));
                yield true;
            }
            case IsInBounds -> compare(v, 64, SETB);
            case IsSliceInBounds -> compare(v, 64, SETBE);
            case Cvt32to32F -> unary(v, CVTSL2SS);
            case Cvt32to64F -> unary(v, CVTSL2SD);
            case Cvt64to32F -> unary(v, CVTSQ2SS);
            case Cvt64to64F -> unary(v, CVTSQ2SD);
            case Cvt32Fto32 -> unary(v, CVTTSS2SL);
            case Cvt32Fto64 -> unary(v, CVTTSS2SQ);
            case Cvt64Fto32 -> unary(v, CVTTSD2SL);
            case Cvt64Fto64 -> unary(v, CVTTSD2SQ);
            case Cvt32Fto64F -> unary(v, CVTSS2SD);
            case Cvt64Fto32F -> unary(v, CVTSD2SS);
            case Convert -> copy(v);
            case Slicemask -> {
                // 0 stays 0; a positive length becomes negative, whose sign fills the word.
                Value neg = v.block().newValue(v.pos(), NEGQ, v.type(), v.arg(0));
                v.reset(SARQconst);
                v.setAuxInt(63);
                v.addArg(neg);
                yield true;
            }
            case OffPtr -> {
                Value p = v.arg(0);
                long off = v.auxInt();
                v.reset(LEAQ);
                v.setAuxInt(off);
                v.addArg(p);
                yield true;
            }
            case Addr -> address(v, v.aux(), v.arg(0));
            case LocalAddr -> address(v, v.aux(), v.arg(0));
            case Load -> load(v);
            case Store -> store(v);
            case Zero -> block(v, DUFFZERO, REPSTOSQ, LoweredZero);
            case Move -> block(v, DUFFCOPY, REPMOVSQ, LoweredMove);
            case StaticCall -> call(v, CALLstatic);
            case ClosureCall -> call(v, CALLclosure);
            case InterCall -> call(v, CALLinter);
            case SelectN -> callResult(v);
            case GetG -> {
                Value mem = v.arg(0);
                v.reset(LoweredGetG);
                v.addArg(mem);
                yield true;
            }
            case GetClosurePtr -> to(v, LoweredGetClosurePtr, 0);
            case GetCallerSP -> to(v, LoweredGetCallerSP, 0);
            case GetCallerPC -> to(v, LoweredGetCallerPC, 0);
            case NilCheck -> {
                Value p = v.arg(0), mem = v.arg(1);
                v.reset(LoweredNilCheck);
                v.addArgs(p, mem);
                yield true;
            }
            case PanicBounds -> {
                long kind = v.auxInt();
                Value[] args = v.args().toArray(new Value[0]);
                v.reset(Bounds.op(kind));
                v.setAuxInt(kind);
                v.addArgs(args);
                yield true;
            }
            default -> false;
        };
    }

    // ---- helpers that turn v into a machine op in place ----

    private static boolean to(Value v, Amd64Op op, long auxInt) {
        v.reset(op);
        v.setAuxInt(auxInt);
        return true;
    }

    private static boolean copy(Value v) {
        v.copyOf(v.arg(0));
        return true;
    }

    private static boolean unary(Value v, Amd64Op op) {
        Value x = v.arg(0);
        v.reset(op);
        v.addArg(x);
        return true;
    }

    private static boolean binary(Value v, Amd64Op op) {
        Value x = v.arg(0), y = v.arg(1);
        v.reset(op);
        v.addArgs(x, y);
        return true;
    }

    /** v becomes op(arg), keeping aux values out. */
    static void set(Value v, Amd64Op op, Value arg) {
        v.reset(op);
        v.addArg(arg);
    }

    /** A new flags value in v's block. */
    static Value flags(Value v, Amd64Op op, long auxInt, Value... args) {
        return v.block().newValue(v.pos(), op, FLAGS, auxInt, null, args);
    }

    /** Extends x to 32 bits (sign or zero) when it is narrower; 32 and 64-bit values stay. */
    static Value widen(Value at, Value x, int bits, boolean signed) {
        if (bits >= 32) return x;
        Op op = GenericOp.of(signed ? Family.SIGN_EXT : Family.ZERO_EXT, 32, bits);
        return at.block().newValue(at.pos(), op, signed ? Universe.INT32 : Universe.UINT32, x);
    }

    private static boolean divide(Value v, int w, boolean signed, Amd64Op op) {
        Value x = widen(v, v.arg(0), w, signed), y = widen(v, v.arg(1), w, signed);
        v.reset(op);
        v.addArgs(x, y);
        return true;
    }

    private static Amd64Op cmpOp(int w) {
        return switch (w) { case 8 -> CMPB; case 16 -> CMPW; case 32 -> CMPL; default -> CMPQ; };
    }

    private static boolean compare(Value v, int w, Amd64Op set) {
        set(v, set, flags(v, cmpOp(w), 0, v.arg(0), v.arg(1)));
        return true;
    }

    /** Floats: x < y is y > x, so that an unordered compare (NaN) gives false through CF. */
    private static boolean floatCompare(Value v, int w, Amd64Op set, boolean swap) {
        Value x = v.arg(swap ? 1 : 0), y = v.arg(swap ? 0 : 1);
        set(v, set, flags(v, w == 64 ? UCOMISD : UCOMISS, 0, x, y));
        return true;
    }

    private static boolean address(Value v, Object sym, Value base) {
        v.reset(LEAQ);
        v.setAux(sym);
        v.addArg(base);
        return true;
    }

    private static boolean isFloat(Type t) {
        return t.underlying() instanceof Type.Basic b && b.kind().isFloat();
    }

    private static long size(Type t) {
        return Sizes.sizeof(t);
    }

    private static boolean load(Value v) {
        Type t = v.type();
        Amd64Op op = isFloat(t) ? (size(t) == 8 ? MOVSDload : MOVSSload) : switch ((int) size(t)) {
            case 1 -> MOVBload;
            case 2 -> MOVWload;
            case 4 -> MOVLload;
            case 8 -> MOVQload;
            default -> null;
        };
        if (op == null) return false;
        Value p = v.arg(0), mem = v.arg(1);
        v.reset(op);
        v.addArgs(p, mem);
        return true;
    }

    private static boolean store(Value v) {
        Type t = (Type) v.aux();
        Amd64Op op = isFloat(t) ? (size(t) == 8 ? MOVSDstore : MOVSSstore) : switch ((int) size(t)) {
            case 1 -> MOVBstore;
            case 2 -> MOVWstore;
            case 4 -> MOVLstore;
            case 8 -> MOVQstore;
            default -> null;
        };
        if (op == null) return false;
        Value p = v.arg(0), x = v.arg(1), mem = v.arg(2);
        v.reset(op);
        v.addArgs(p, x, mem);
        return true;
    }

    /**
     * Zero and Move: as gc, sizes over 64 bytes up to 1024 go through Duff's device for their
     * multiple of 16, larger ones through REP STOSQ / REP MOVSQ for their multiple of 8, and the
     * rest (or the whole, for small sizes) is unrolled.
     */
    private static boolean block(Value v, Amd64Op duff, Amd64Op rep, Amd64Op unrolled) {
        long size = v.auxInt();
        Value[] args = v.args().toArray(new Value[0]);
        boolean large = size > 1024;
        long bulk = large ? size & -8 : size & -16;
        if (large || bulk > 64) {
            Value done = v.block().newValue(v.pos(), large ? rep : duff, SsaTypes.MEM, bulk, null, args.clone());
            if (bulk == size) {
                v.copyOf(done);
                return true;
            }
            // The tail after the bulk: the same pointers moved on, after the bulk's memory.
            for (int i = 0; i < args.length - 1; i++) {
                args[i] = v.block().newValue(v.pos(), GenericOp.OffPtr, args[i].type(), bulk, null, args[i]);
            }
            args[args.length - 1] = done;
            size -= bulk;
        }
        v.reset(unrolled);
        v.setAuxInt(size);
        v.addArgs(args);
        return true;
    }

    /** An expanded call keeps its aux, args and result tuple (SelectN picks the memory). */
    private static boolean call(Value v, Amd64Op op) {
        Object aux = Objects.requireNonNull(v.aux());
        long argSize = v.auxInt();
        Value[] args = v.args().toArray(new Value[0]);
        v.reset(op);
        v.setAux(aux);
        v.setAuxInt(argSize);
        v.addArgs(args);
        return true;
    }

    /** SelectN of a register result becomes CallResult; the memory's SelectN stays. */
    private static boolean callResult(Value v) {
        Value c = v.arg(0);
        if (!(c.op().isCall() && c.type() instanceof Type.Tuple t) || v.auxInt() >= t.vars().size()) return false;
        long i = v.auxInt();
        set(v, CallResult, c);
        v.setAuxInt(i);
        return true;
    }

    static boolean isIf(Block b) {
        return b.kind() == GenericBlockKind.If;
    }
}
