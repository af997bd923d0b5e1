package dev.jgo.amd64.emit;

import static dev.jgo.amd64.Op.*;

import dev.jgo.amd64.Imm;
import dev.jgo.amd64.Label;
import dev.jgo.amd64.Mem;
import dev.jgo.amd64.Reg;
import dev.jgo.amd64.SymRef;
import dev.jgo.amd64.Tls;
import dev.jgo.amd64.lower.FuncShape;
import dev.jgo.amd64.lower.Regs;

/**
 * A function's entry and exits, in gc's shapes: the stack check, the frame and frame pointer
 * set-up and tear-down, and the morestack path, which spills every register parameter to its
 * spill slot, calls the runtime to grow the stack, reloads them and starts the function over.
 */
final class Prologue {
    private Prologue() {}

    /** Frames up to this size need only compare SP with the guard (gc's StackSmall). */
    static final long STACK_SMALL = 128;
    /** Frames beyond gc's StackBig must guard against SP - size wrapping around. */
    static final long STACK_BIG = 4096;

    /**
     * Compares SP, less what the frame needs beyond StackSmall, with g's stack guard, as gc
     * does: small frames compare SP itself, large ones SP-size in R12, and huge ones first make
     * sure that subtraction does not wrap. The jump is a runtime unsafe point (PCDATA 0 = -2).
     */
    static void stackCheck(Asm a, long size, Label more) {
        Mem guard = Mem.at(Regs.G, 16);
        if (size <= STACK_SMALL) {
            a.add(CMPQ, Reg.SP, guard);
            a.add(PCDATA, new Imm(0), new Imm(-2));
        } else if (size <= STACK_BIG) {
            a.add(LEAQ, Mem.at(Reg.SP, -(size - STACK_SMALL)), Reg.R12);
            a.add(CMPQ, Reg.R12, guard);
            a.add(PCDATA, new Imm(0), new Imm(-2));
        } else {
            a.add(MOVQ, Reg.SP, Reg.R12);
            a.add(PCDATA, new Imm(0), new Imm(-2));
            a.add(SUBQ, new Imm(size - STACK_SMALL), Reg.R12);
            a.add(JCS, more);
            a.add(CMPQ, Reg.R12, guard);
        }
        a.add(JLS, more);
        a.add(PCDATA, new Imm(0), new Imm(-1));
    }

    /**
     * Zeroes X15 and loads g from thread-local storage into R14: what jgo's code relies on,
     * re-established on entry to an ABI0 function (its caller may be assembly that used both)
     * and after each call into ABI0 code.
     */
    static void establishGAndZero(Asm a) {
        a.add(XORPS, Regs.ZERO_X, Regs.ZERO_X);
        a.add(MOVQ, new Tls(), Regs.G);
    }

    /** SUBQ the frame, save the caller's BP at its top and point BP there. */
    static void enter(Asm a, Frame frame) {
        if (frame.size() == 0) return;
        a.add(SUBQ, new Imm(frame.size()), Reg.SP);
        a.add(MOVQ, Reg.BP, Mem.at(Reg.SP, frame.savedBp()));
        a.add(LEAQ, Mem.at(Reg.SP, frame.savedBp()), Reg.BP);
    }

    /** Restore BP, pop the frame, return. */
    static void leave(Asm a, Frame frame) {
        if (frame.size() > 0) {
            a.add(MOVQ, Mem.at(Reg.SP, frame.savedBp()), Reg.BP);
            a.add(ADDQ, new Imm(frame.size()), Reg.SP);
        }
        a.add(RET);
    }



    static void morestack(Asm a, FuncShape shape, Label start, Label more) {
        a.place(more);
        a.add(PCDATA, new Imm(1), new Imm(-1));
        a.add(PCDATA, new Imm(0), new Imm(-2));
        // On this path the frame is not allocated yet: the spill slots are just above the return address.
        for (FuncShape.RegParam p : shape.params()) {
            a.add(Asm.moveOp(p.reg(), p.slot().size(), false), p.reg(), Mem.at(Reg.SP, 8 + p.slot().offset()));
        }
        String fn = shape.closure() ? "runtime.morestack" : "runtime.morestack_noctxt";
        a.add(CALL, SymRef.of(fn));
        for (FuncShape.RegParam p : shape.params()) {
            a.add(Asm.moveOp(p.reg(), p.slot().size(), true), Mem.at(Reg.SP, 8 + p.slot().offset()), p.reg());
        }
        a.add(PCDATA, new Imm(0), new Imm(-1));
        a.add(JMP, start);
    }
}
