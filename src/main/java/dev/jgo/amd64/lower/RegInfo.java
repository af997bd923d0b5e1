package dev.jgo.amd64.lower;

import static dev.jgo.amd64.Reg.*;

import dev.jgo.amd64.Reg;
import dev.jgo.ssa.Amd64Op;
import dev.jgo.ssa.Block;
import dev.jgo.ssa.GenericBlockKind;
import dev.jgo.ssa.GenericOp;
import dev.jgo.ssa.SsaTypes;
import dev.jgo.ssa.Value;
import dev.jgo.types.Type;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The register constraints of one machine value: for each input that needs a register, the
 * registers it may be in; the registers the result may go to (empty: no result register); the
 * registers the instruction destroys; how many general scratch registers it needs; and whether
 * it is two-address (the result overwrites arg0, so the emitter copies arg0 first unless the
 * allocator gave both the same register).
 *
 * <p>Flags values have no register: a user of flags lists the compare's inputs as its own, and
 * the emitter puts the compare right before it. SP and SB are bases, not register inputs; g is
 * always in R14.
 */
public record RegInfo(List<In> inputs, Set<Reg> out, Set<Reg> clobbers, int temps, boolean resultInArg0) {

    /** An input value and the registers it may be read from. */
    public record In(Value value, Set<Reg> allowed) {}

    private static final Set<Reg> GP = EnumSet.copyOf(Regs.GP), FP = EnumSet.copyOf(Regs.FP), NONE = Set.of();

    public static boolean isFloat(Type t) {
        return t != null && t.underlying() instanceof Type.Basic b && b.kind().isFloat();
    }

    public static boolean isFlags(Value v) {
        return v.type() == Amd64Op.FLAGS;
    }

    /** The allocatable registers of v's register class. */
    public static Set<Reg> classOf(Value v) {
        return isFloat(v.type()) ? FP : GP;
    }

    /** Whether the value is memory, or carries memory (a call): nothing to allocate. */
    public static boolean isMemory(Value v) {
        return SsaTypes.isMemory(v.type()) || v.op().isCall() || v.type() instanceof Type.Tuple;
    }

    /** Inputs that live nowhere: memory, SP and SB as bases, flags (expanded by the caller). */
    private static boolean notRegister(Value a) {
        return isMemory(a) || a.op() == GenericOp.SP || a.op() == GenericOp.SB || SsaTypes.isVoid(a.type());
    }

    /** Register inputs of v in class order, flags arguments replaced by the compare's inputs. */
    private static List<In> plain(Value v) {
        List<In> ins = new ArrayList<>();
        for (Value a : v.args()) addInput(ins, a);
        return ins;
    }

    private static void addInput(List<In> ins, Value a) {
        if (isFlags(a)) {
            for (Value x : a.args()) addInput(ins, x);
        } else if (a.op() == Amd64Op.LoweredGetG) {
            ins.add(new In(a, Set.of(Regs.G)));
        } else if (!notRegister(a)) {
            ins.add(new In(a, classOf(a)));
        }
    }

    private static Set<Reg> without(Set<Reg> s, Reg... rs) {
        Set<Reg> r = EnumSet.copyOf(s);
        for (Reg x : rs) r.remove(x);
        return r;
    }

    public static RegInfo of(Value v) {
        if (v.op() instanceof GenericOp g) return generic(v, g);
        Amd64Op op = (Amd64Op) v.op();
        Set<Reg> cls = classOf(v);
        return switch (op) {
            case ADDQ, ADDL, SUBQ, SUBL, MULQ, MULL, ANDQ, ANDL, ORQ, ORL, XORQ, XORL,
                 ADDQconst, ADDLconst, ANDQconst, ANDLconst, ORQconst, ORLconst, XORQconst, XORLconst,
                 NEGQ, NEGL, NOTQ, NOTL, SHLQconst, SHLLconst, SHRQconst, SHRLconst, SARQconst, SARLconst,
                 ADDSD, ADDSS, SUBSD, SUBSS, MULSD, MULSS, DIVSD, DIVSS, NEGSD, NEGSS ->
                    new RegInfo(plain(v), cls, NONE, 0, true);
            case DIVQ, DIVL, DIVQU, DIVLU, MODQ, MODL, MODQU, MODLU -> {
                boolean quotient = op.name().startsWith("DIV");
                List<In> ins = List.of(new In(v.arg(0), Set.of(AX)), new In(v.arg(1), without(GP, AX, DX)));
                yield new RegInfo(ins, Set.of(quotient ? AX : DX), EnumSet.of(AX, DX), 0, false);
            }
            case SHLQ, SHLL, SHRQ, SHRL, SARQ, SARL -> {
                List<In> ins = List.of(new In(v.arg(0), without(GP, CX)), new In(v.arg(1), Set.of(CX)));
                boolean bounded = v.auxInt() != 0;
                boolean sar = op == Amd64Op.SARQ || op == Amd64Op.SARL;
                yield new RegInfo(ins, without(GP, CX), bounded || !sar ? NONE : Set.of(CX), bounded ? 0 : 1, true);
            }
            case SETEQF, SETNEF -> new RegInfo(plain(v), GP, NONE, 1, false);
            case CALLstatic, CALLclosure, CALLinter -> call(v, op);
            case DUFFZERO -> new RegInfo(List.of(new In(v.arg(0), Set.of(DI))), NONE, EnumSet.of(DI), 0, false);
            case DUFFCOPY -> new RegInfo(List.of(new In(v.arg(0), Set.of(DI)), new In(v.arg(1), Set.of(SI))), NONE,
                    EnumSet.of(DI, SI, X0), 0, false);
            case REPSTOSQ -> new RegInfo(List.of(new In(v.arg(0), Set.of(DI))), NONE, EnumSet.of(DI, CX, AX), 0, false);
            case REPMOVSQ -> new RegInfo(List.of(new In(v.arg(0), Set.of(DI)), new In(v.arg(1), Set.of(SI))), NONE,
                    EnumSet.of(DI, SI, CX), 0, false);
            case LoweredPanicBoundsA, LoweredPanicBoundsB, LoweredPanicBoundsC -> {
                List<Reg> regs = Bounds.registers(op);
                yield new RegInfo(List.of(new In(v.arg(0), Set.of(regs.get(0))), new In(v.arg(1), Set.of(regs.get(1)))),
                        NONE, Regs.ALL, 0, false);
            }
            case CallResult -> {
                CallRegs regs = CallRegs.of(v.arg(0));
                yield new RegInfo(List.of(), Set.of(regs.results().get((int) v.auxInt())), NONE, 0, false);
            }
            case ArgIntReg -> new RegInfo(List.of(), Set.of(Regs.INT_ARGS.get((int) v.auxInt())), NONE, 0, false);
            case ArgFloatReg -> new RegInfo(List.of(), Set.of(Regs.FLOAT_ARGS.get((int) v.auxInt())), NONE, 0, false);
            case LoweredGetClosurePtr -> new RegInfo(List.of(), Set.of(Regs.CLOSURE), NONE, 0, false);
            case LoweredGetG, LoweredNilCheck, MOVQstore, MOVLstore, MOVWstore, MOVBstore, MOVSDstore, MOVSSstore,
                 LoweredZero, LoweredMove ->
                    new RegInfo(plain(v), NONE, NONE, 0, false);
            case CMPQ, CMPL, CMPW, CMPB, CMPQconst, CMPLconst, CMPWconst, CMPBconst, TESTQ, TESTL, TESTB,
                 UCOMISD, UCOMISS -> new RegInfo(plain(v), NONE, NONE, 0, false);
            default -> new RegInfo(plain(v), cls, NONE, 0, false);
        };
    }

    private static RegInfo generic(Value v, GenericOp g) {
        return switch (g) {
            case Copy -> new RegInfo(plain(v), classOf(v), NONE, 0, false);
            default -> new RegInfo(List.of(), NONE, NONE, 0, false);
        };
    }

    /** Register arguments in their ABI registers; a closure's context in DX, code pointers in R12. */
    private static RegInfo call(Value v, Amd64Op op) {
        CallRegs regs = CallRegs.of(v);
        List<In> ins = new ArrayList<>();
        int first = switch (op) {
            case CALLclosure -> 2;
            case CALLinter -> 1;
            default -> 0;
        };
        if (first > 0) ins.add(new In(v.arg(0), Set.of(R12)));
        if (first > 1) ins.add(new In(v.arg(1), Set.of(Regs.CLOSURE)));
        List<Value> args = v.args().subList(first, v.argCount() - 1);
        if (args.size() != regs.args().size())
            throw new IllegalStateException(v + ": " + args.size() + " register arguments, ABI lists " + regs.args().size());
        for (int i = 0; i < args.size(); i++) ins.add(new In(args.get(i), Set.of(regs.args().get(i))));
        return new RegInfo(ins, NONE, Regs.ALL, 0, false);
    }

    /** What the end of block b reads: a branch's compare inputs, or a return's results in their registers. */
    public static List<In> control(Block b, FuncShape shape) {
        List<In> ins = new ArrayList<>();
        if (b.kind() instanceof Amd64Op.Branch) {
            addInput(ins, b.control(0));
        } else if (b.kind() == GenericBlockKind.Ret && b.control(0).op() == GenericOp.MakeResult) {
            Value mr = b.control(0);
            for (int i = 0; i < mr.argCount() - 1; i++) ins.add(new In(mr.arg(i), Set.of(shape.results().get(i))));
        }
        return ins;
    }
}
