package dev.jgo.amd64.emit;

import static dev.jgo.amd64.Op.*;

import dev.jgo.amd64.Imm;
import dev.jgo.amd64.Label;
import dev.jgo.amd64.Mem;
import dev.jgo.amd64.Op;
import dev.jgo.amd64.Operand;
import dev.jgo.amd64.Prog;
import dev.jgo.amd64.Reg;
import dev.jgo.amd64.SymRef;
import dev.jgo.amd64.lower.CallRegs;
import dev.jgo.amd64.lower.FuncShape;
import dev.jgo.amd64.lower.RegInfo;
import dev.jgo.amd64.lower.Regs;
import dev.jgo.regalloc.Allocation;
import dev.jgo.regalloc.Slot;
import dev.jgo.regalloc.Step;
import dev.jgo.ssa.Amd64Op;
import dev.jgo.ssa.Block;
import dev.jgo.ssa.Func;
import dev.jgo.ssa.GenericBlockKind;
import dev.jgo.ssa.GenericOp;
import dev.jgo.ssa.Value;
import dev.jgo.syntax.Pos;
import dev.jgo.types.Sizes;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Turns allocated machine SSA into Progs: the prologue ({@link Prologue}), each block's steps
 * (one or a few instructions per machine op, {@link Sequences} for the longer ones) and its
 * branch, the epilogue at returns, and at the end the morestack path.
 */
final class Emitter {
    private final Func f;
    private final FuncShape shape;
    private final Allocation alloc;
    private final Frame frame;
    private final Asm a = new Asm();
    private final Map<Block, Label> labels = new HashMap<>();

    Emitter(Func f, FuncShape shape, Allocation alloc, Map<Object, Long> locals) {
        this.f = f;
        this.shape = shape;
        this.alloc = alloc;
        this.frame = new Frame(f, alloc, locals);
    }

    Frame frame() { return frame; }

    /** Whether the function checks the stack: not NOSPLIT, and not a small leaf (gc makes those nosplit). */
    boolean checksStack() {
        return !shape.nosplit() && !(frame.leaf() && frame.size() < Prologue.STACK_SMALL);
    }

    List<Prog> emit() {
        Label start = a.label();
        Label more = a.label();
        for (Block b : f.blocks()) labels.put(b, a.label());
        Pos entry = f.entry().values().isEmpty() ? f.entry().pos() : f.entry().values().getFirst().pos();
        a.at(entry);
        a.place(start);
        if (shape.abi() == dev.jgo.obj.Abi.ABI0) Prologue.establishGAndZero(a);
        if (checksStack()) Prologue.stackCheck(a, frame.size(), more);
        Prologue.enter(a, frame);
        List<Block> blocks = f.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            a.place(labels.get(b));
            for (Step s : alloc.steps().get(b)) step(s);
            if (b.pos().isKnown()) a.at(b.pos());
            end(b, i + 1 < blocks.size() ? blocks.get(i + 1) : null);
        }
        if (checksStack()) {
            a.at(entry);
            Prologue.morestack(a, shape, start, more);
        }
        return a.progs();
    }

    private static long sizeOf(Value v) {
        return Sizes.sizeof(v.type());
    }

    // ---- steps ----

    private void step(Step s) {
        switch (s) {
            case Step.Exec e -> {
                if (e.v().pos().isKnown()) a.at(e.v().pos());
                exec(e);
            }
            case Step.Store st -> a.add(Asm.moveOp(st.from(), slotSize(st.to(), st.v()), false), st.from(), frame.slot(st.to()));
            case Step.Load ld -> a.add(Asm.moveOp(ld.to(), slotSize(ld.from(), ld.v()), true), frame.slot(ld.from()), ld.to());
            case Step.Move m -> a.move(m.from(), m.to());
        }
    }

    /** Spill slots are whole words; a parameter's slot has the parameter's size. */
    private static long slotSize(Slot s, Value v) {
        if (s instanceof Slot.Param p) return p.slot().size();
        return RegInfo.isFloat(v.type()) ? sizeOf(v) : 8;
    }

    private void exec(Step.Exec e) {
        Value v = e.v();
        Iterator<Reg> in = e.ins().iterator();
        Reg out = e.out();
        if (v.op() == GenericOp.Copy) {
            a.move(in.next(), out);
            return;
        }
        Amd64Op op = (Amd64Op) v.op();
        switch (op) {
            case ADDQ, ADDL, SUBQ, SUBL, MULQ, MULL, ANDQ, ANDL, ORQ, ORL, XORQ, XORL,
                 ADDSD, ADDSS, SUBSD, SUBSS, MULSD, MULSS, DIVSD, DIVSS -> {
                Reg x = in.next(), y = in.next();
                if ((op == Amd64Op.ADDQ || op == Amd64Op.ADDL) && x != out) {
                    // As gc: a three-operand add is LEA, which saves the copy.
                    a.add(op == Amd64Op.ADDQ ? LEAQ : LEAL, Mem.at(x, y, 1, 0), out);
                    return;
                }
                a.move(x, out);
                a.add(Op.valueOf(switch (op) {
                    case MULQ -> "IMULQ";
                    case MULL -> "IMULL";
                    default -> op.name();
                }), y, out);
            }
            case ADDQconst, ADDLconst, ANDQconst, ANDLconst, ORQconst, ORLconst, XORQconst, XORLconst,
                 SHLQconst, SHLLconst, SHRQconst, SHRLconst, SARQconst, SARLconst -> {
                Reg x = in.next();
                String name = op.name();
                boolean wide = name.startsWith("ADDQ");
                if (name.startsWith("ADD") && x != out) {
                    a.add(wide ? LEAQ : LEAL, Mem.at(x, v.auxInt()), out);
                    return;
                }
                a.move(x, out);
                if (name.startsWith("ADD") && Math.abs(v.auxInt()) == 1) {
                    // As gc: add ±1 is INC/DEC, a byte shorter.
                    a.add(v.auxInt() == 1 ? (wide ? INCQ : INCL) : (wide ? DECQ : DECL), out);
                } else {
                    a.add(Op.valueOf(name.substring(0, name.length() - "const".length())), new Imm(v.auxInt()), out);
                }
            }
            case NEGQ, NEGL, NOTQ, NOTL -> {
                a.move(in.next(), out);
                a.add(Op.valueOf(op.name()), out);
            }
            case NEGSD, NEGSS -> {
                a.move(in.next(), out);
                boolean d = op == Amd64Op.NEGSD;
                a.add(d ? MOVQ : MOVL, out, Regs.SCRATCH);
                a.add(d ? BTCQ : BTCL, new Imm(d ? 63 : 31), Regs.SCRATCH);
                a.add(d ? MOVQ : MOVL, Regs.SCRATCH, out);
            }
            case CVTSQ2SD, CVTSL2SD, CVTSQ2SS, CVTSL2SS -> {
                // As gc: clear the destination first, which breaks the false dependency on its old value.
                a.add(XORPS, out, out);
                a.add(Op.valueOf(op.name()), in.next(), out);
            }
            case SQRTSD, CVTTSD2SQ, CVTTSD2SL, CVTTSS2SQ, CVTTSS2SL,
                 CVTSD2SS, CVTSS2SD, MOVBQSX, MOVBQZX, MOVWQSX, MOVWQZX, MOVLQSX, MOVLQZX ->
                    a.add(Op.valueOf(op.name()), in.next(), out);
            case DIVQ, DIVL, DIVQU, DIVLU, MODQ, MODL, MODQU, MODLU -> Sequences.divide(a, op, in.next(), in.next());
            case SHLQ, SHLL, SHRQ, SHRL, SARQ, SARL -> Sequences.shift(a, v, op, in.next(), in.next(), out, e.temps());
            case SETEQ, SETNE, SETL, SETLE, SETG, SETGE, SETB, SETBE, SETA, SETAE -> {
                compare(v.arg(0), in);
                a.add(setOp(op), out);
            }
            case SETEQF, SETNEF -> {
                compare(v.arg(0), in);
                Reg t = e.temps().getFirst();
                boolean eq = op == Amd64Op.SETEQF;
                a.add(eq ? SETEQ : SETNE, out);
                a.add(eq ? SETPC : SETPS, t);
                a.add(eq ? ANDL : ORL, t, out);
            }
            case MOVQconst, MOVLconst -> Sequences.constant(a, v.auxInt(), op == Amd64Op.MOVQconst, out);
            case MOVSDconst, MOVSSconst -> {
                boolean wide = op == Amd64Op.MOVSDconst;
                long bits = wide ? v.auxInt() : Float.floatToRawIntBits((float) v.auxFloat()) & 0xffffffffL;
                if (!out.isXmm()) {
                    // The register allocator stores a constant to memory through a general register.
                    Sequences.constant(a, bits, true, out);
                } else if (bits == 0) {
                    a.add(XORPS, out, out);
                } else {
                    a.add(wide ? MOVQ : MOVL, new Imm(bits), Regs.SCRATCH);
                    a.add(wide ? MOVQ : MOVL, Regs.SCRATCH, out);
                }
            }
            case MOVQload, MOVLload, MOVWload, MOVBload, MOVSDload, MOVSSload -> a.add(switch (op) {
                case MOVQload -> MOVQ;
                case MOVLload -> MOVL;
                case MOVWload -> MOVWLZX;
                case MOVBload -> MOVBLZX;
                case MOVSDload -> MOVSD;
                default -> MOVSS;
            }, address(v, in), out);
            case MOVQstore, MOVLstore, MOVWstore, MOVBstore, MOVSDstore, MOVSSstore -> {
                Operand mem = address(v, in);
                a.add(switch (op) {
                    case MOVQstore -> MOVQ;
                    case MOVLstore -> MOVL;
                    case MOVWstore -> MOVW;
                    case MOVBstore -> MOVB;
                    case MOVSDstore -> MOVSD;
                    default -> MOVSS;
                }, in.next(), mem);
            }
            case LEAQ -> a.add(LEAQ, address(v, in), out);
            case LoweredZero -> Sequences.zero(a, in.next(), v.auxInt());
            case LoweredMove -> Sequences.copyBytes(a, in.next(), in.next(), v.auxInt());
            case DUFFZERO -> Sequences.duffZero(a, v.auxInt());
            case DUFFCOPY -> Sequences.duffCopy(a, v.auxInt());
            case REPSTOSQ -> Sequences.repeated(a, STOSQ, v.auxInt());
            case REPMOVSQ -> Sequences.repeated(a, MOVSQ, v.auxInt());
            case CALLstatic -> {
                CallRegs regs = CallRegs.of(v);
                a.add(CALL, SymRef.of(regs.target().name()));
                // ABI0 code may use X15 and R14 freely: back in jgo's code, re-establish both.
                if (regs.target().abi() == dev.jgo.obj.Abi.ABI0) Prologue.establishGAndZero(a);
            }
            case CALLclosure -> {
                a.add(CALL, in.next());
                // A closure call from ABI0 code (-abi=stack) may reach ABI0 assembly through a func value.
                if (shape.abi() == dev.jgo.obj.Abi.ABI0) Prologue.establishGAndZero(a);
            }
            case CALLinter -> a.add(CALL, in.next());
            case LoweredNilCheck -> a.add(TESTB, Reg.AX, Mem.at(in.next(), 0));
            case LoweredPanicBoundsA, LoweredPanicBoundsB, LoweredPanicBoundsC ->
                    a.add(CALL, SymRef.of(dev.jgo.amd64.lower.Bounds.function(v.auxInt())));
            case LoweredGetCallerSP -> a.add(LEAQ, Mem.at(Reg.SP, frame.size() + 8), out);
            case LoweredGetCallerPC -> a.add(MOVQ, Mem.at(Reg.SP, frame.size()), out);
            case CallResult, ArgIntReg, ArgFloatReg, LoweredGetClosurePtr, LoweredGetG -> { }
            default -> throw new IllegalStateException(f.name() + ": cannot emit " + v.longString());
        }
    }

    private static Op setOp(Amd64Op op) {
        return switch (op) {
            case SETEQ -> SETEQ; case SETNE -> SETNE; case SETL -> SETLT; case SETLE -> SETLE;
            case SETG -> SETGT; case SETGE -> SETGE; case SETB -> SETCS; case SETBE -> SETLS;
            case SETA -> SETHI; default -> SETCC;
        };
    }

    /** The memory operand of a load, store or LEAQ: a global RIP-relative, a local off SP, or off a register. */
    private Operand address(Value v, Iterator<Reg> in) {
        Value base = v.arg(0);
        long off = v.auxInt();
        if (base.op() == GenericOp.SB) return new SymRef(symbolName(v.aux()), off);
        if (base.op() == GenericOp.SP) return v.aux() == null ? Mem.at(Reg.SP, off) : Mem.at(Reg.SP, frame.local(v.aux()) + off);
        return Mem.at(in.next(), off);
    }

    /** A global's name: the aux is the symbol name, or an obj symbol reference. */
    static String symbolName(Object aux) {
        return aux instanceof dev.jgo.obj.SymRef r ? r.name() : aux.toString();
    }

    /** Emits the compare that computes the flags value, reading its inputs in order. */
    private void compare(Value flags, Iterator<Reg> in) {
        Amd64Op op = (Amd64Op) flags.op();
        switch (op) {
            case CMPQ, CMPL, CMPW, CMPB, TESTQ, TESTL, TESTB -> {
                Reg x = in.next(), y = in.next();
                a.add(Op.valueOf(op.name()), x, y);
            }
            case CMPQconst, CMPLconst, CMPWconst, CMPBconst -> {
                String name = op.name();
                a.add(Op.valueOf(name.substring(0, name.length() - "const".length())), in.next(), new Imm(flags.auxInt()));
            }
            case UCOMISD, UCOMISS -> {
                // Go's operand order: UCOMISD src, dst compares dst with src.
                Reg x = in.next(), y = in.next();
                a.add(Op.valueOf(op.name()), y, x);
            }
            default -> throw new IllegalStateException("not a flags op: " + flags.longString());
        }
    }

    // ---- block ends ----

    private void end(Block b, Block next) {
        List<Reg> regs = alloc.controls().get(b);
        switch (b.kind()) {
            case GenericBlockKind k when k == GenericBlockKind.Plain || k == GenericBlockKind.First -> jumpUnless(b.succ(0), next);
            case GenericBlockKind k when k == GenericBlockKind.Ret -> {
                Prologue.leave(a, frame);
            }
            case GenericBlockKind k when k == GenericBlockKind.Exit -> a.add(UD2);
            case Amd64Op.Branch k -> {
                compare(b.control(0), regs.iterator());
                branch(b, k, next);
            }
            default -> throw new IllegalStateException(f.name() + ": cannot emit a block of kind " + b.kind().name());
        }
    }

    private void jumpUnless(Block target, Block next) {
        if (target != next) a.add(JMP, labels.get(target));
    }

    private void branch(Block b, Amd64Op.Branch k, Block next) {
        Block yes = b.succ(0), no = b.succ(1);
        switch (k) {
            case EQF -> {
                a.add(JNE, labels.get(no));
                a.add(JPS, labels.get(no));
                jumpUnless(yes, next);
            }
            case NEF -> {
                a.add(JNE, labels.get(yes));
                a.add(JPS, labels.get(yes));
                jumpUnless(no, next);
            }
            default -> {
                Op jump = jumpOp(k), inverse = jumpOp(invert(k));
                if (yes == next) {
                    a.add(inverse, labels.get(no));
                } else {
                    a.add(jump, labels.get(yes));
                    jumpUnless(no, next);
                }
            }
        }
    }

    private static Op jumpOp(Amd64Op.Branch k) {
        return switch (k) {
            case EQ -> JEQ; case NE -> JNE; case LT -> JLT; case LE -> JLE; case GT -> JGT; case GE -> JGE;
            case ULT -> JCS; case ULE -> JLS; case UGT -> JHI; case UGE -> JCC;
            default -> throw new IllegalArgumentException(k.name());
        };
    }

    private static Amd64Op.Branch invert(Amd64Op.Branch k) {
        return switch (k) {
            case EQ -> Amd64Op.Branch.NE; case NE -> Amd64Op.Branch.EQ; case LT -> Amd64Op.Branch.GE;
            case GE -> Amd64Op.Branch.LT; case LE -> Amd64Op.Branch.GT; case GT -> Amd64Op.Branch.LE;
            case ULT -> Amd64Op.Branch.UGE; case UGE -> Amd64Op.Branch.ULT; case ULE -> Amd64Op.Branch.UGT;
            case UGT -> Amd64Op.Branch.ULE;
            default -> throw new IllegalArgumentException(k.name());
        };
    }
}
