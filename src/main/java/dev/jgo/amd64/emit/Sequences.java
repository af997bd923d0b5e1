package dev.jgo.amd64.emit;

import static dev.jgo.amd64.Op.*;

import dev.jgo.amd64.Imm;
import dev.jgo.amd64.Label;
import dev.jgo.amd64.Mem;
import dev.jgo.amd64.Op;
import dev.jgo.amd64.Reg;
import dev.jgo.amd64.lower.Regs;
import dev.jgo.ssa.Amd64Op;
import dev.jgo.ssa.Value;

import java.util.List;

/** The machine ops that expand to more than one instruction: constants, division, Go's shifts, block zeroing and copying. */
final class Sequences {
    private Sequences() {}

    /** MOVL zero-extends, so it serves every constant that is a uint32; 0 is XORL. */
    static void constant(Asm a, long c, boolean wide, Reg out) {
        long x = wide ? c : c & 0xffffffffL;
        if (x == 0) a.add(XORL, out, out);
        else if (x >>> 32 == 0) a.add(MOVL, new Imm(x), out);
        else a.add(MOVQ, new Imm(x), out);
    }

    /** Quotient in AX, remainder in DX; a signed division by -1 is done by hand (IDIV traps on MinInt / -1). */
    static void divide(Asm a, Amd64Op op, Reg x, Reg y) {
        boolean wide = op == Amd64Op.DIVQ || op == Amd64Op.MODQ || op == Amd64Op.DIVQU || op == Amd64Op.MODQU;
        boolean signed = op == Amd64Op.DIVQ || op == Amd64Op.MODQ || op == Amd64Op.DIVL || op == Amd64Op.MODL;
        boolean quotient = op.name().startsWith("DIV");
        if (!signed) {
            a.add(XORL, Reg.DX, Reg.DX);
            a.add(wide ? DIVQ : DIVL, y);
            return;
        }
        Label byMinusOne = a.label(), done = a.label();
        a.add(wide ? CMPQ : CMPL, y, new Imm(-1));
        a.add(JEQ, byMinusOne);
        a.add(wide ? CQO : CDQ);
        a.add(wide ? IDIVQ : IDIVL, y);
        a.add(JMP, done);
        a.place(byMinusOne);
        if (quotient) a.add(wide ? NEGQ : NEGL, Reg.AX);
        else a.add(XORL, Reg.DX, Reg.DX);
        a.place(done);
    }

    /**
     * Go's shift by CX: SHL/SHR mask the result with the carry of count < width, SAR saturates
     * the count at width-1 — unless the count is known to be small.
     */
    static void shift(Asm a, Value v, Amd64Op op, Reg x, Reg count, Reg out, List<Reg> temps) {
        a.move(x, out);
        boolean wide = op.name().endsWith("Q");
        Op shift = Op.valueOf(op.name());
        if (v.auxInt() != 0) {
            a.add(shift, count, out);
            return;
        }
        Reg t = temps.getFirst();
        long width = wide ? 64 : 32;
        if (op == Amd64Op.SARQ || op == Amd64Op.SARL) {
            a.add(MOVL, new Imm(width - 1), t);
            a.add(CMPQ, count, new Imm(width));
            a.add(CMOVQCC, t, count);
            a.add(shift, count, out);
        } else {
            a.add(shift, count, out);
            a.add(CMPQ, count, new Imm(width));
            a.add(wide ? SBBQ : SBBL, t, t);
            a.add(wide ? ANDQ : ANDL, t, out);
        }
    }

    /** Unrolled zeroing: 16 bytes at a time from X15, then 8, 4, 2, 1. */
    static void zero(Asm a, Reg p, long n) {
        long off = 0;
        for (; n - off >= 16; off += 16) a.add(MOVUPS, Regs.ZERO_X, Mem.at(p, off));
        for (int w : new int[] {8, 4, 2, 1}) {
            for (; n - off >= w; off += w) a.add(Asm.intMove(w, false), new Imm(0), Mem.at(p, off));
        }
    }

    // The layout of runtime.duffzero and runtime.duffcopy (gc's, which jgo's runtime keeps):
    // duffzero is 16 blocks of four 16-byte MOVUPS X15 stores (4 bytes for the first, 5 for the
    // others) and LEAQ 64(DI), DI (4 bytes); duffcopy is 64 blocks of 14 bytes copying 16 each.
    private static final long DUFF_ZERO_BLOCKS = 16, DUFF_ZERO_BLOCK = 23, DUFF_ZERO_MOV = 5, DUFF_ZERO_LEAQ = 4;
    private static final long DUFF_COPY_BLOCKS = 64, DUFF_COPY_BLOCK = 14;

    /**
     * Enters duffzero so that exactly n bytes are cleared: whole blocks from the end, and for a
     * partial block its last stores, with DI moved back by the bytes those stores skip.
     */
    static void duffZero(Asm a, long n) {
        long stores = n / 16, blocks = stores / 4, extra = stores % 4;
        long off = DUFF_ZERO_BLOCK * (DUFF_ZERO_BLOCKS - blocks);
        if (extra != 0) {
            off -= DUFF_ZERO_LEAQ + DUFF_ZERO_MOV * extra;
            a.add(LEAQ, Mem.at(Reg.DI, -16 * (4 - extra)), Reg.DI);
        }
        a.add(DUFFZERO, new Imm(off));
    }

    /** Enters duffcopy so that exactly n bytes (a multiple of 16) are copied. */
    static void duffCopy(Asm a, long n) {
        a.add(DUFFCOPY, new Imm(DUFF_COPY_BLOCK * (DUFF_COPY_BLOCKS - n / 16)));
    }

    /**
     * REP STOSQ (zeroing: AX = 0) or REP MOVSQ over n bytes, a multiple of 8: CX counts quadwords;
     * DI (and SI) were placed by the register allocator and are clobbered.
     */
    static void repeated(Asm a, Op string, long n) {
        a.add(MOVQ, new Imm(n / 8), Reg.CX);
        if (string == STOSQ) a.add(XORL, Reg.AX, Reg.AX);
        a.add(REP);
        a.add(string);
    }

    /** Unrolled copying through R13: 8 bytes at a time, then 4, 2, 1. */
    static void copyBytes(Asm a, Reg dst, Reg src, long n) {
        long off = 0;
        for (int w : new int[] {8, 4, 2, 1}) {
            for (; n - off >= w; off += w) {
                a.add(Asm.intMove(w, true), Mem.at(src, off), Regs.SCRATCH);
                a.add(Asm.intMove(w, false), Regs.SCRATCH, Mem.at(dst, off));
            }
        }
    }
}
