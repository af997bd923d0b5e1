package dev.jgo.amd64;

import static dev.jgo.amd64.Reg.*;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A corpus of instructions covering every Op with every operand kind it accepts, all sixteen
 * registers of each file, each width, the SP/R12 (SIB) and BP/R13 (forced displacement) bases,
 * indexes and scales, 8- and 32-bit displacements and immediates at their boundaries, RIP-relative
 * symbols, and branches both short and long, forwards and backwards.
 */
final class Forms {
    static final String SYM = "main.x", FUNC = "runtime.f";

    private final List<Prog> progs = new ArrayList<>();
    private int labels;

    static List<Prog> all() {
        Forms f = new Forms();
        f.generate();
        return f.progs;
    }

    static final List<Reg> GP = Stream.of(values()).filter(r -> !r.isXmm()).toList();
    static final List<Reg> XMM = Stream.of(values()).filter(Reg::isXmm).toList();

    /** Memory operands exercising every addressing quirk. */
    static final List<Operand> MEMS = memories();

    private static List<Operand> memories() {
        List<Operand> m = new ArrayList<>();
        for (Reg r : GP) m.add(Mem.at(r, 0));
        for (Reg r : List.of(AX, SP, BP, R12, R13, R15)) {
            for (long d : new long[] {8, -8, 127, -128, 128, -129, 0x12345678, -0x80000000L}) m.add(Mem.at(r, d));
        }
        m.add(Mem.at(AX, BX, 1, 0));
        m.add(Mem.at(CX, DX, 2, 16));
        m.add(Mem.at(R8, R9, 4, -4));
        m.add(Mem.at(SP, R15, 8, 0));
        m.add(Mem.at(BP, AX, 8, 0));
        m.add(Mem.at(R13, R12, 2, 0));
        m.add(Mem.at(R12, R13, 8, 1000));
        m.add(Mem.at(DX, SI, 4, -300));
        m.add(Mem.at(R14, BP, 1, 200));
        m.add(Mem.at(null, AX, 8, 16));
        m.add(Mem.at(null, R9, 2, 0));
        m.add(new Mem(null, null, 0, 0x1000, null));
        m.add(Mem.slot("main.y", false, 24));
        m.add(new SymRef(SYM, 0));
        m.add(new SymRef(SYM, 8));
        m.add(new SymRef(SYM, -16));
        return m;
    }

    /** A smaller sample of memory operands for families that multiply them by many opcodes. */
    static final List<Operand> SOME_MEMS = List.of(Mem.at(AX, 0), Mem.at(SP, 8), Mem.at(BP, 0), Mem.at(R12, -200),
            Mem.at(R13, 0), Mem.at(R9, CX, 8, 16), Mem.at(SP, R14, 4, 0x10000), Mem.at(null, DI, 2, 64),
            new SymRef(SYM, 4));

    static final long[] IMMS = {0, 1, -1, 2, 127, -128, 128, -129, 255, 256, 32767, -32768, 65535,
        0x7fffffffL, -0x80000000L, 0xffffffffL};

    private void add(Op op, Operand... args) {
        progs.add(Prog.of(op, args));
    }

    private static boolean fits(long v, int width) {
        return switch (width) {
            case 1 -> v >= -128 && v <= 255;
            case 2 -> v >= -32768 && v <= 65535;
            case 4 -> v >= Integer.MIN_VALUE && v <= 0xffffffffL;
            default -> v == (int) v;
        };
    }

    private void generate() {
        for (Op op : Op.values()) {
            switch (op.shape()) {
                case Shape.Alu s -> binary(op, s.width());
                case Shape.Test s -> binary(op, s.width());
                case Shape.Mov s -> mov(op, s.width());
                case Shape.Unary s -> unary(op);
                case Shape.IncDec s -> unary(op);
                case Shape.Shift s -> {
                    shift(op);
                    if (s.width() > 1 && (s.ext() == 4 || s.ext() == 5)) doubleShift(op);
                }
                case Shape.Imul s -> imul(op, s.width());
                case Shape.Imul3 s -> {
                    for (long v : IMMS) if (fits(v, s.width()) && fits(v, 4)) add(op, new Imm(v), R9, DX);
                    SOME_MEMS.forEach(m -> add(op, new Imm(100), m, SI));
                }
                case Shape.Extend s -> regOrMemToReg(op, GP, GP);
                case Shape.Lea s -> MEMS.forEach(m -> add(op, m, R10));
                case Shape.Load s -> regOrMemToReg(op, s.srcXmm() ? XMM : GP, s.dstXmm() ? XMM : GP);
                case Shape.Store s -> regToRegOrMem(op, GP);
                case Shape.Xchg s -> {
                    regToRegOrMem(op, GP);
                    add(op, AX, AX);
                    SOME_MEMS.forEach(m -> add(op, m, BX));
                }
                case Shape.SseMove s -> {
                    regOrMemToReg(op, XMM, XMM);
                    regToRegOrMem(op, XMM);
                }
                case Shape.Round s -> {
                    for (Reg x : XMM) {
                        add(op, new Imm(1), x, X5);
                        add(op, new Imm(3), X9, x);
                    }
                    SOME_MEMS.forEach(m -> add(op, new Imm(2), m, X11));
                }
                case Shape.BitTest s -> {
                    for (long v : new long[] {0, 3, 31, 63}) add(op, new Imm(v), R11);
                    SOME_MEMS.forEach(m -> add(op, new Imm(5), m));
                    regToRegOrMem(op, GP);
                }
                case Shape.Bswap s -> GP.forEach(r -> add(op, r));
                case Shape.SetCC s -> {
                    GP.forEach(r -> add(op, r));
                    SOME_MEMS.forEach(m -> add(op, m));
                }
                case Shape.JumpCC s -> branches(op);
                case Shape.Jump s -> {
                    branches(op);
                    indirect(op);
                }
                case Shape.Call s -> indirect(op);
                case Shape.Duff s -> {
                    add(op, new Imm(0));
                    add(op, new Imm(336));
                }
                case Shape.Push s -> {
                    GP.forEach(r -> add(op, r));
                    for (long v : IMMS) if (fits(v, 8)) add(op, new Imm(v));
                    SOME_MEMS.forEach(m -> add(op, m));
                }
                case Shape.Pop s -> {
                    GP.forEach(r -> add(op, r));
                    SOME_MEMS.forEach(m -> add(op, m));
                }
                case Shape.Interrupt s -> {
                    add(op, new Imm(3));
                    add(op, new Imm(0x80));
                }
                case Shape.Fixed s -> fixed(op);
                // raw bytes are no instruction objdump could name; testdata/asm/insns.s compares them with gc
                case Shape.Raw s -> {}
                case Shape.Pseudo s -> {}
            }
        }
    }

    /** ALU and TEST: register-register both ways round, register-memory, memory-register, immediates. */
    private void binary(Op op, int width) {
        for (Reg r : GP) {
            source(op, r, R10);
            source(op, SI, r);
        }
        for (Operand m : MEMS) {
            source(op, R9, m);
            source(op, m, DI);
        }
        for (long v : IMMS) {
            if (!fits(v, width)) continue;
            for (Reg r : List.of(AX, BX, SP, R8)) source(op, new Imm(v), r);
            source(op, new Imm(v), Mem.at(R13, 0));
            source(op, new Imm(v), new SymRef(SYM, 8));
        }
        SOME_MEMS.forEach(m -> source(op, new Imm(-2), m));
    }

    /** Adds {@code op src, dst}, or for CMP, whose operands are in natural order, {@code op dst, src}. */
    private void source(Op op, Operand src, Operand dst) {
        if (op.shape() instanceof Shape.Alu(int w, int ext) && ext == 7) add(op, dst, src);
        else add(op, src, dst);
    }

    private void mov(Op op, int width) {
        binary(op, width);
        if (width == 8) {
            for (Reg r : GP) {
                add(op, new Tls(), r);
                add(op, r, new Tls());
            }
            for (long v : new long[] {0x100000000L, -0x80000001L, Long.MIN_VALUE, Long.MAX_VALUE, 0x80000000L}) add(op, new Imm(v), R12);
            add(op, new SymAddr(FUNC, 0), AX);
            add(op, new SymAddr(SYM, 24), R15);
        }
        if (width >= 4) {
            for (Reg r : GP) {
                add(op, r, X3);
                add(op, X12, r);
            }
            for (Reg x : XMM) {
                add(op, CX, x);
                add(op, x, R9);
            }
            SOME_MEMS.forEach(m -> {
                add(op, m, X9);
                add(op, X2, m);
            });
            if (width == 8) {
                for (Reg x : XMM) {
                    add(op, x, X7);
                    add(op, X1, x);
                }
            }
        }
    }

    private void unary(Op op) {
        GP.forEach(r -> add(op, r));
        MEMS.forEach(m -> add(op, m));
    }

    private void shift(Op op) {
        for (Reg r : GP) {
            add(op, CX, r);
            add(op, new Imm(1), r);
            add(op, new Imm(7), r);
        }
        SOME_MEMS.forEach(m -> {
            add(op, CX, m);
            add(op, new Imm(1), m);
            add(op, new Imm(3), m);
        });
    }

    /** SHL/SHR with three operands (SHLD/SHRD). */
    private void doubleShift(Op op) {
        for (Reg r : GP) {
            add(op, new Imm(5), r, DX);
            add(op, CX, SI, r);
        }
        SOME_MEMS.forEach(m -> {
            add(op, new Imm(3), R9, m);
            add(op, CX, R9, m);
        });
    }

    private void imul(Op op, int width) {
        unary(op);
        regOrMemToReg(op, GP, GP);
        for (long v : IMMS) if (fits(v, width) && fits(v, 4)) add(op, new Imm(v), R14);
    }

    /** Sources: every register of the source file, and memory; destinations: every register. */
    private void regOrMemToReg(Op op, List<Reg> srcs, List<Reg> dsts) {
        for (Reg r : srcs) add(op, r, dsts.get(dsts.size() - 5));
        for (Reg r : dsts) add(op, srcs.get(3), r);
        SOME_MEMS.forEach(m -> add(op, m, dsts.get(9)));
    }

    private void regToRegOrMem(Op op, List<Reg> srcs) {
        for (Reg r : srcs) {
            add(op, r, srcs.get(2));
            add(op, srcs.get(12), r);
        }
        SOME_MEMS.forEach(m -> add(op, srcs.get(6), m));
    }

    private void indirect(Op op) {
        add(op, new SymRef(FUNC, 0));
        add(op, new SymRef(FUNC, 16));
        GP.forEach(r -> add(op, r));
        SOME_MEMS.forEach(m -> add(op, m));
    }

    /** A backward and a forward branch in reach of rel8, and both again out of its reach. */
    private void branches(Op op) {
        Label back = new Label(labels++), near = new Label(labels++), far = new Label(labels++);
        progs.add(Prog.place(back));
        add(op, back);
        add(op, near);
        add(op, far);
        progs.add(Prog.place(near));
        for (int i = 0; i < 30; i++) add(Op.MOVQ, new Imm(i), Mem.at(SP, 8 * i));
        add(op, back);
        progs.add(Prog.place(far));
    }

    /** Instructions without operands; LOCK and REP each prefix the instruction after them. */
    private void fixed(Op op) {
        switch (op) {
            case LOCK -> {
                add(op);
                add(Op.XADDQ, AX, Mem.at(BX, 0));
                add(op);
                add(Op.CMPXCHGL, R9, Mem.at(R12, 8));
            }
            case REP -> {
                add(op);
                add(Op.MOVSQ);
                add(op);
                add(Op.STOSQ);
            }
            default -> add(op);
        }
    }
}
