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
import dev.jgo.ssa.CallAux;
import dev.jgo.ssa.Func;
import dev.jgo.ssa.GenericBlockKind;
import dev.jgo.ssa.GenericOp;
import dev.jgo.ssa.Value;
import dev.jgo.syntax.Pos;
import dev.jgo.types.Sizes;
import dev.jgo.types.Type;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Turns allocated machine SSA into Progs: the prologue (stack check, frame, frame pointer), each
 * block's steps and its branch, the epilogue at returns, and at the end the morestack path,
 * which spills every register parameter to its spill slot, calls the runtime to grow the stack,
 * reloads them and starts the function over — the shape gc emits.
 */
final class Emitter {
    /** Frames up to this size need only compare SP with the guard (gc's StackSmall). */
    static final long STACK_SMALL = 128;
    /** Frames beyond gc's StackBig must guard against SP - size wrapping around. */
    static final long STACK_BIG = 4096;

    private final Func f;
    private final FuncShape shape;
    private final Allocation alloc;
    private final Frame frame;
    private final List<Prog> progs = new ArrayList<>();
    private final Map<Block, Label> labels = new HashMap<>();
    private int nextLabel;
    private Pos pos = Pos.NONE;

    Emitter(Func f, FuncShape shape, Allocation alloc, Map<Object, Long> locals) {
        this.f = f;
        this.shape = shape;
        this.alloc = alloc;
        this.frame = new Frame(f, alloc, locals);
    }

    Frame frame() { return frame; }

    /** Whether the function checks the stack: not NOSPLIT, and not a small leaf (gc makes those nosplit). */
    boolean checksStack() {
        return !shape.nosplit() && !(frame.leaf() && frame.size() < STACK_SMALL);
    }

    List<Prog> emit() {
        Label start = label();
        Label more = label();
        for (Block b : f.blocks()) labels.put(b, label());
        pos = f.entry().values().isEmpty() ? f.entry().pos() : f.entry().values().getFirst().pos();
        Pos entry = pos;
        put(Prog.place(start));
        long size = frame.size();
        if (checksStack()) stackCheck(size, more);
        if (size > 0) {
            add(SUBQ, new Imm(size), Reg.SP);
            add(MOVQ, Reg.BP, Mem.at(Reg.SP, frame.savedBp()));
            add(LEAQ, Mem.at(Reg.SP, frame.savedBp()), Reg.BP);
        }
        List<Block> blocks = f.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            put(Prog.place(labels.get(b)));
            for (Step s : alloc.steps().get(b)) step(s);
            pos = b.pos().isKnown() ? b.pos() : pos;
            end(b, i + 1 < blocks.size() ? blocks.get(i + 1) : null);
        }
        if (checksStack()) morestack(start, more, entry);
        return progs;
    }

    private Label label() {
        return new Label(nextLabel++);
    }

    private void put(Prog p) {
        progs.add(p);
    }

    private void add(Op op, Operand... args) {
        progs.add(Prog.of(op, pos, args));
    }

    /**
     * Compares SP, less what the frame needs beyond StackSmall, with g's stack guard, as gc
     * does: small frames compare SP itself, large ones SP-size in R12, and huge ones first make
     * sure that subtraction does not wrap. The jump is a runtime unsafe point (PCDATA 0 = -2).
     */
    private void stackCheck(long size, Label more) {
        Mem guard = Mem.at(Regs.G, 16);
        if (size <= STACK_SMALL) {
            add(CMPQ, Reg.SP, guard);
            add(PCDATA, new Imm(0), new Imm(-2));
        } else if (size <= STACK_BIG) {
            add(LEAQ, Mem.at(Reg.SP, -(size - STACK_SMALL)), Reg.R12);
            add(CMPQ, Reg.R12, guard);
            add(PCDATA, new Imm(0), new Imm(-2));
        } else {
            add(MOVQ, Reg.SP, Reg.R12);
            add(PCDATA, new Imm(0), new Imm(-2));
            add(SUBQ, new Imm(size - STACK_SMALL), Reg.R12);
            add(JCS, more);
            add(CMPQ, Reg.R12, guard);
        }
        add(JLS, more);
        add(PCDATA, new Imm(0), new Imm(-1));
    }

    // ---- the morestack path ----

    private void morestack(Label start, Label more, Pos entry) {
        pos = entry;
        put(Prog.place(more));
        add(PCDATA, new Imm(1), new Imm(-1));
        add(PCDATA, new Imm(0), new Imm(-2));
        // On this path the frame is not allocated yet: the spill slots are just above the return address.
        for (FuncShape.RegParam p : shape.params()) {
            add(moveOp(p.reg(), p.slot().size(), false), p.reg(), Mem.at(Reg.SP, 8 + p.slot().offset()));
        }
        String fn = shape.closure() ? "runtime.morestack" : "runtime.morestack_noctxt";
        add(CALL, SymRef.of(fn));
        for (FuncShape.RegParam p : shape.params()) {
            add(moveOp(p.reg(), p.slot().size(), true), Mem.at(Reg.SP, 8 + p.slot().offset()), p.reg());
        }
        add(PCDATA, new Imm(0), new Imm(-1));
        add(JMP, start);
    }

    /** The move of a size-byte value of r's class; loads of narrow integers zero-extend. */
    private static Op moveOp(Reg r, long size, boolean load) {
        if (r.isXmm()) return size == 4 ? MOVSS : MOVSD;
        return switch ((int) size) {
            case 1 -> load ? MOVBLZX : MOVB;
            case 2 -> load ? MOVWLZX : MOVW;
            case 4 -> MOVL;
            default -> MOVQ;
        };
    }

    private static long sizeOf(Value v) {
        return Sizes.sizeof(v.type());
    }

    // ---- steps ----

    private void step(Step s) {
        switch (s) {
            case Step.Exec e -> {
                if (e.v().pos().isKnown()) pos = e.v().pos();
                exec(e);
            }
            case Step.Store st -> add(moveOp(st.from(), slotSize(st.to(), st.v()), false), st.from(), frame.slot(st.to()));
            case Step.Load ld -> add(moveOp(ld.to(), slotSize(ld.from(), ld.v()), true), frame.slot(ld.from()), ld.to());
            case Step.Move m -> move(m.from(), m.to());
        }
    }

    /** Spill slots are whole words; a parameter's slot has the parameter's size. */
    private static long slotSize(Slot s, Value v) {
        return switch (s) {
            case Slot.Param p -> p.slot().size();
            case Slot.Local l -> RegInfo.isFloat(v.type()) ? sizeOf(v) : 8;
        };
    }

    private void move(Reg from, Reg to) {
        if (from != to) add(from.isXmm() ? MOVAPS : MOVQ, from, to);
    }

    private void exec(Step.Exec e) {
        Value v = e.v();
        Iterator<Reg> in = e.ins().iterator();
        Reg out = e.out();
        if (v.op() == GenericOp.Copy) {
            move(in.next(), out);
            return;
        }
        Amd64Op op = (Amd64Op) v.op();
        switch (op) {
            case ADDQ, ADDL, SUBQ, SUBL, MULQ, MULL, ANDQ, ANDL, ORQ, ORL, XORQ, XORL,
                 ADDSD, ADDSS, SUBSD, SUBSS, MULSD, MULSS, DIVSD, DIVSS -> {
                Reg x = in.next(), y = in.next();
                move(x, out);
                add(Op.valueOf(switch (op) {
                    case MULQ -> "IMULQ";
                    case MULL -> "IMULL";
                    default -> op.name();
                }), y, out);
            }
            case ADDQconst, ADDLconst, ANDQconst, ANDLconst, ORQconst, ORLconst, XORQconst, XORLconst,
                 SHLQconst, SHLLconst, SHRQconst, SHRLconst, SARQconst, SARLconst -> {
                move(in.next(), out);
                String name = op.name();
                boolean wide = name.startsWith("ADDQ");
                if (name.startsWith("ADD") && Math.abs(v.auxInt()) == 1) {
                    // As gc: add ±1 is INC/DEC, a byte shorter.
                    add(v.auxInt() == 1 ? (wide ? INCQ : INCL) : (wide ? DECQ : DECL), out);
                } else {
                    add(Op.valueOf(name.substring(0, name.length() - "const".length())), new Imm(v.auxInt()), out);
                }
            }
            case NEGQ, NEGL, NOTQ, NOTL -> {
                move(in.next(), out);
                add(Op.valueOf(op.name()), out);
            }
            case NEGSD, NEGSS -> {
                move(in.next(), out);
                boolean d = op == Amd64Op.NEGSD;
                add(d ? MOVQ : MOVL, out, Regs.SCRATCH);
                add(d ? BTCQ : BTCL, new Imm(d ? 63 : 31), Regs.SCRATCH);
                add(d ? MOVQ : MOVL, Regs.SCRATCH, out);
            }
            case SQRTSD, CVTSQ2SD, CVTSL2SD, CVTSQ2SS, CVTSL2SS, CVTTSD2SQ, CVTTSD2SL, CVTTSS2SQ, CVTTSS2SL,
                 CVTSD2SS, CVTSS2SD, MOVBQSX, MOVBQZX, MOVWQSX, MOVWQZX, MOVLQSX, MOVLQZX ->
                    add(Op.valueOf(op.name()), in.next(), out);
            case DIVQ, DIVL, DIVQU, DIVLU, MODQ, MODL, MODQU, MODLU -> divide(op, in.next(), in.next());
            case SHLQ, SHLL, SHRQ, SHRL, SARQ, SARL -> shift(v, op, in.next(), in.next(), out, e.temps());
            case SETEQ, SETNE, SETL, SETLE, SETG, SETGE, SETB, SETBE, SETA, SETAE -> {
                compare(v.arg(0), in);
                add(setOp(op), out);
            }
            case SETEQF, SETNEF -> {
                compare(v.arg(0), in);
                Reg t = e.temps().getFirst();
                boolean eq = op == Amd64Op.SETEQF;
                add(eq ? SETEQ : SETNE, out);
                add(eq ? SETPC : SETPS, t);
                add(eq ? ANDL : ORL, t, out);
            }
            case MOVQconst, MOVLconst -> constant(v.auxInt(), op == Amd64Op.MOVQconst, out);
            case MOVSDconst -> {
                if (v.auxInt() == 0) {
                    add(XORPS, out, out);
                } else {
                    add(MOVQ, new Imm(v.auxInt()), Regs.SCRATCH);
                    add(MOVQ, Regs.SCRATCH, out);
                }
            }
            case MOVSSconst -> {
                int bits = Float.floatToRawIntBits((float) v.auxFloat());
                if (bits == 0) {
                    add(XORPS, out, out);
                } else {
                    add(MOVL, new Imm(bits & 0xffffffffL), Regs.SCRATCH);
                    add(MOVL, Regs.SCRATCH, out);
                }
            }
            case MOVQload, MOVLload, MOVWload, MOVBload, MOVSDload, MOVSSload -> add(switch (op) {
                case MOVQload -> MOVQ;
                case MOVLload -> MOVL;
                case MOVWload -> MOVWLZX;
                case MOVBload -> MOVBLZX;
                case MOVSDload -> MOVSD;
                default -> MOVSS;
            }, address(v, in), out);
            case MOVQstore, MOVLstore, MOVWstore, MOVBstore, MOVSDstore, MOVSSstore -> {
                Operand mem = address(v, in);
                add(switch (op) {
                    case MOVQstore -> MOVQ;
                    case MOVLstore -> MOVL;
                    case MOVWstore -> MOVW;
                    case MOVBstore -> MOVB;
                    case MOVSDstore -> MOVSD;
                    default -> MOVSS;
                }, in.next(), mem);
            }
            case LEAQ -> add(LEAQ, address(v, in), out);
            case LoweredZero -> zero(in.next(), v.auxInt());
            case LoweredMove -> copyBytes(in.next(), in.next(), v.auxInt());
            case CALLstatic -> {
                CallRegs regs = (CallRegs) ((CallAux) v.aux()).abi();
                add(CALL, SymRef.of(regs.target().name()));
            }
            case CALLclosure, CALLinter -> add(CALL, in.next());
            case LoweredGetCallerSP -> add(LEAQ, Mem.at(Reg.SP, frame.size() + 8), out);
            case LoweredGetCallerPC -> add(MOVQ, Mem.at(Reg.SP, frame.size()), out);
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

    /** MOVL zero-extends, so it serves every constant that is a uint32; 0 is XORL. */
    private void constant(long c, boolean wide, Reg out) {
        long x = wide ? c : c & 0xffffffffL;
        if (x == 0) add(XORL, out, out);
        else if (x >>> 32 == 0) add(MOVL, new Imm(x), out);
        else add(MOVQ, new Imm(x), out);
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
                add(Op.valueOf(op.name()), x, y);
            }
            case CMPQconst, CMPLconst, CMPWconst, CMPBconst -> {
                String name = op.name();
                add(Op.valueOf(name.substring(0, name.length() - "const".length())), in.next(), new Imm(flags.auxInt()));
            }
            case UCOMISD, UCOMISS -> {
                // Go's operand order: UCOMISD src, dst compares dst with src.
                Reg x = in.next(), y = in.next();
                add(Op.valueOf(op.name()), y, x);
            }
            default -> throw new IllegalStateException("not a flags op: " + flags.longString());
        }
    }

    /** Quotient in AX, remainder in DX; a signed division by -1 is done by hand (IDIV traps on MinInt / -1). */
    private void divide(Amd64Op op, Reg x, Reg y) {
        boolean wide = op == Amd64Op.DIVQ || op == Amd64Op.MODQ || op == Amd64Op.DIVQU || op == Amd64Op.MODQU;
        boolean signed = op == Amd64Op.DIVQ || op == Amd64Op.MODQ || op == Amd64Op.DIVL || op == Amd64Op.MODL;
        boolean quotient = op.name().startsWith("DIV");
        if (!signed) {
            add(XORL, Reg.DX, Reg.DX);
            add(wide ? DIVQ : DIVL, y);
            return;
        }
        Label byMinusOne = label(), done = label();
        add(wide ? CMPQ : CMPL, y, new Imm(-1));
        add(JEQ, byMinusOne);
        add(wide ? CQO : CDQ);
        add(wide ? IDIVQ : IDIVL, y);
        add(JMP, done);
        put(Prog.place(byMinusOne));
        if (quotient) add(wide ? NEGQ : NEGL, Reg.AX);
        else add(XORL, Reg.DX, Reg.DX);
        put(Prog.place(done));
    }

    /**
     * Go's shift by CX: SHL/SHR mask the result with the carry of count < width, SAR saturates
     * the count at width-1 — unless the count is known to be small.
     */
    private void shift(Value v, Amd64Op op, Reg x, Reg count, Reg out, List<Reg> temps) {
        move(x, out);
        boolean wide = op.name().endsWith("Q");
        Op shift = Op.valueOf(op.name());
        if (v.auxInt() != 0) {
            add(shift, count, out);
            return;
        }
        Reg t = temps.getFirst();
        long width = wide ? 64 : 32;
        if (op == Amd64Op.SARQ || op == Amd64Op.SARL) {
            add(MOVL, new Imm(width - 1), t);
            add(CMPQ, count, new Imm(width));
            add(CMOVQCC, t, count);
            add(shift, count, out);
        } else {
            add(shift, count, out);
            add(CMPQ, count, new Imm(width));
            add(wide ? SBBQ : SBBL, t, t);
            add(wide ? ANDQ : ANDL, t, out);
        }
    }

    private void zero(Reg p, long n) {
        long off = 0;
        for (; n - off >= 16; off += 16) add(MOVUPS, Regs.ZERO_X, Mem.at(p, off));
        for (int w : new int[] {8, 4, 2, 1}) {
            for (; n - off >= w; off += w) add(moveOp(Reg.AX, w, false), new Imm(0), Mem.at(p, off));
        }
    }

    private void copyBytes(Reg dst, Reg src, long n) {
        long off = 0;
        for (int w : new int[] {8, 4, 2, 1}) {
            for (; n - off >= w; off += w) {
                add(moveOp(Regs.SCRATCH, w, true), Mem.at(src, off), Regs.SCRATCH);
                add(moveOp(Regs.SCRATCH, w, false), Regs.SCRATCH, Mem.at(dst, off));
            }
        }
    }

    // ---- block ends ----

    private void end(Block b, Block next) {
        List<Reg> regs = alloc.controls().get(b);
        switch (b.kind()) {
            case GenericBlockKind k when k == GenericBlockKind.Plain || k == GenericBlockKind.First -> jumpUnless(b.succ(0), next);
            case GenericBlockKind k when k == GenericBlockKind.Ret -> {
                if (frame.size() > 0) {
                    add(MOVQ, Mem.at(Reg.SP, frame.savedBp()), Reg.BP);
                    add(ADDQ, new Imm(frame.size()), Reg.SP);
                }
                add(RET);
            }
            case GenericBlockKind k when k == GenericBlockKind.Exit -> add(UD2);
            case Amd64Op.Branch k -> {
                compare(b.control(0), regs.iterator());
                branch(b, k, next);
            }
            default -> throw new IllegalStateException(f.name() + ": cannot emit a block of kind " + b.kind().name());
        }
    }

    private void jumpUnless(Block target, Block next) {
        if (target != next) add(JMP, labels.get(target));
    }

    private void branch(Block b, Amd64Op.Branch k, Block next) {
        Block yes = b.succ(0), no = b.succ(1);
        switch (k) {
            case EQF -> {
                add(JNE, labels.get(no));
                add(JPS, labels.get(no));
                jumpUnless(yes, next);
            }
            case NEF -> {
                add(JNE, labels.get(yes));
                add(JPS, labels.get(yes));
                jumpUnless(no, next);
            }
            default -> {
                Op jump = jumpOp(k), inverse = jumpOp(invert(k));
                if (yes == next) {
                    add(inverse, labels.get(no));
                } else {
                    add(jump, labels.get(yes));
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
