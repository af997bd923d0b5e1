package dev.jgo.amd64;

import java.util.List;

/**
 * Encodes one instruction whose length does not depend on its position (everything except branches
 * to labels, which {@link Encoder} relaxes). Chooses the forms gc's assembler chooses, so that code
 * comes out byte-identical: the shortest displacement; an 8-bit sign-extended immediate when the
 * value as written lies in -128..127 (so ADDL $0xffffffff keeps a 32-bit one, as in gc); the short
 * AL/AX forms of ALU and TEST; the one-byte push, pop and xchg forms; D1 for shifts by one.
 */
final class InsnEncoder {
    /** The bytes of one instruction and its fixups, at offsets relative to its start. */
    record Insn(byte[] bytes, List<Fixup> fixups) {}

    private final Prog p;
    private final InsnWriter w = new InsnWriter();

    private InsnEncoder(Prog p) {
        this.p = p;
    }

    static Insn encode(Prog p) {
        InsnEncoder e = new InsnEncoder(p);
        e.dispatch();
        return new Insn(e.w.bytes(), e.w.fixups());
    }

    private void dispatch() {
        switch (p.op().shape()) {
            case Shape.Alu s -> alu(s);
            case Shape.Test s -> test(s);
            case Shape.Mov s -> mov(s);
            case Shape.Unary s -> group(only(), s.width(), 0xF6, s.ext());
            case Shape.IncDec s -> group(only(), s.width(), 0xFE, s.ext());
            case Shape.Shift s -> shift(s);
            case Shape.Imul s -> imul(s);
            case Shape.Imul3 s -> {
                arity(3);
                immOp(s.width(), 0x6B, 0x69, gp(p.arg(2)).num(), rm(p.arg(1)), p.arg(0));
            }
            case Shape.Extend s -> {
                arity(2);
                op(s.width(), 0, s.opcode(), gp(p.arg(1)).num(), false, rm(p.arg(0)), s.from() == 1, 0);
            }
            case Shape.Lea s -> {
                arity(2);
                if (p.arg(0) instanceof Reg) throw bad("LEA needs a memory operand");
                op(s.width(), 0, 0x8D, gp(p.arg(1)).num(), false, rm(p.arg(0)), false, 0);
            }
            case Shape.Load s -> {
                arity(2);
                int dst = reg(p.arg(1), s.dstXmm()).num();
                Operand src = p.arg(0) instanceof Reg r ? reg(r, s.srcXmm()) : rm(p.arg(0));
                op(s.width(), s.prefix(), s.opcode(), dst, false, src, false, 0);
            }
            case Shape.Store s -> {
                arity(2);
                int byteForm = s.width() == 1 ? 1 : 0;
                op(s.width(), 0, s.opcode() - byteForm, gp(p.arg(0)).num(), s.width() == 1, rm(p.arg(1)), s.width() == 1, 0);
            }
            case Shape.Xchg s -> xchg(s);
            case Shape.SseMove s -> sseMove(s);
            case Shape.Round s -> {
                arity(3);
                long mode = imm(p.arg(0), 1);
                Operand src = p.arg(1) instanceof Reg r ? xmm(r) : rm(p.arg(1));
                op(0, 0x66, s.opcode(), xmm(p.arg(2)).num(), false, src, false, 1);
                w.put((int) mode);
            }
            case Shape.BitTest s -> bitTest(s);
            case Shape.Bswap s -> {
                Reg r = gp(only());
                w.prefixes(s.width(), 0, 0, r, false);
                w.opcode(0x0FC8 + (r.num() & 7));
            }
            case Shape.SetCC s -> {
                op(0, 0, 0x0F90 + s.cc(), 0, false, rm(only()), true, 0);
            }
            case Shape.JumpCC s -> throw bad("conditional jump needs a label");
            case Shape.Jump s -> indirectOrDirect(0xE9, 4);
            case Shape.Call s -> indirectOrDirect(0xE8, 2);
            case Shape.Duff s -> {
                Mem below = Mem.at(Reg.SP, -16);
                op(8, 0, 0x89, Reg.BP.num(), false, below, false, 0);
                op(8, 0, 0x8D, Reg.BP.num(), false, below, false, 0);
                w.put(0xE8);
                w.fixup(Fixup.Kind.CALL_PC32, s.routine(), imm(only(), 8) - 4);
                op(8, 0, 0x8B, Reg.BP.num(), false, Mem.at(Reg.BP, 0), false, 0);
            }
            case Shape.Push s -> push();
            case Shape.Pop s -> {
                if (only() instanceof Reg r) oneByteReg(0x58, gp(r));
                else op(0, 0, 0x8F, 0, false, rm(p.arg(0)), false, 0);
            }
            case Shape.Interrupt s -> {
                long n = imm(only(), 1);
                w.put(0xCD);
                w.put((int) n);
            }
            case Shape.Fixed s -> {
                arity(0);
                if (s.prefix() != 0) w.put(s.prefix());
                if (s.wide()) w.put(0x48);
                w.opcode(s.opcode());
            }
            case Shape.Raw s -> {
                if (!(only() instanceof Imm(long v))) throw bad("expected an immediate");
                for (int i = 0; i < s.width(); i++) w.put((int) (v >>> (8 * i)) & 0xFF);
            }
            case Shape.Pseudo s -> arity(s.arity());
        }
    }

    private void alu(Shape.Alu s) {
        arity(2);
        int width = s.width();
        boolean cmp = s.ext() == 7;
        Operand src = p.arg(cmp ? 1 : 0), dst = p.arg(cmp ? 0 : 1);
        int base = s.ext() << 3, wide = width == 1 ? 0 : 1;
        if (src instanceof Imm(long raw)) {
            long v = imm(src, width);
            boolean small = width == 1 || raw == (byte) raw;
            if (dst == Reg.AX && (width == 1 || !small)) {
                w.prefixes(width, 0, 0, Reg.AX, false);
                w.put(base | 4 | wide);
                w.imm(v, immSize(width));
            } else {
                int size = small ? 1 : immSize(width);
                op(width, 0, width == 1 ? 0x80 : small ? 0x83 : 0x81, s.ext(), false, rm(dst), width == 1, size);
                w.imm(v, size);
            }
        } else if (src instanceof Reg r) {
            op(width, 0, base | wide, gp(r).num(), width == 1, rm(dst), width == 1, 0);
        } else {
            op(width, 0, base | 2 | wide, gp(dst).num(), width == 1, rm(src), false, 0);
        }
    }

    private void test(Shape.Test s) {
        arity(2);
        int width = s.width(), wide = width == 1 ? 0 : 1;
        Operand src = p.arg(0), dst = p.arg(1);
        if (src instanceof Imm) {
            long v = imm(src, width);
            if (dst == Reg.AX) {
                w.prefixes(width, 0, 0, Reg.AX, false);
                w.put(0xA8 | wide);
            } else {
                op(width, 0, 0xF6 | wide, 0, false, rm(dst), width == 1, immSize(width));
            }
            w.imm(v, immSize(width));
        } else if (src instanceof Reg r) {
            op(width, 0, 0x84 | wide, gp(r).num(), width == 1, rm(dst), width == 1, 0);
        } else {
            op(width, 0, 0x84 | wide, gp(dst).num(), width == 1, rm(src), false, 0);
        }
    }

    private void mov(Shape.Mov s) {
        arity(2);
        int width = s.width(), wide = width == 1 ? 0 : 1;
        Operand src = p.arg(0), dst = p.arg(1);
        if (isXmm(src) || isXmm(dst)) {
            xmmMov(width, src, dst);
        } else if (src instanceof SymAddr a) {
            if (width != 8) throw bad("a symbol's address needs MOVQ");
            Reg r = gp(dst);
            w.prefixes(8, 0, 0, r, false);
            w.put(0xB8 + (r.num() & 7));
            w.fixup(Fixup.Kind.ABS64, a.symbol(), a.offset());
        } else if (src instanceof Imm(long v) && dst instanceof Reg r) {
            movImmReg(width, v, gp(r));
        } else if (src instanceof Imm) {
            long v = imm(src, width);
            op(width, 0, 0xC6 | wide, 0, false, rm(dst), false, immSize(width));
            w.imm(v, immSize(width));
        } else if (src instanceof Reg r) {
            op(width, 0, 0x88 | wide, gp(r).num(), width == 1, rm(dst), width == 1, 0);
        } else {
            op(width, 0, 0x8A | wide, gp(dst).num(), width == 1, rm(src), false, 0);
        }
    }

    /**
     * MOV $imm into a register: B8+r with an immediate of the operation's width. MOVQ, as in gc,
     * uses C7 with a sign-extended 32-bit immediate for values that fit one, the zero-extending
     * 32-bit B8+r for other values below 2^32, and B8+r with 64 bits (movabs) for the rest.
     */
    private void movImmReg(int width, long v, Reg r) {
        if (width == 8 && v == (int) v) {
            op(8, 0, 0xC7, 0, false, r, false, 4);
            w.imm(v, 4);
            return;
        }
        if (width == 8 && v >>> 32 == 0) width = 4;
        else if (width < 8) v = fit(v, width);
        w.prefixes(width, 0, 0, r, width == 1 && needsRex(r));
        w.put((width == 1 ? 0xB0 : 0xB8) + (r.num() & 7));
        w.imm(v, width);
    }

    /** MOVQ/MOVL with an SSE register on either side: MOVQ/MOVD of the SSE instruction set. */
    private void xmmMov(int width, Operand src, Operand dst) {
        if (width != 4 && width != 8) throw bad("only MOVL and MOVQ move to or from SSE registers");
        boolean toXmm = isXmm(dst);
        Operand other = toXmm ? src : dst;
        int x = (toXmm ? (Reg) dst : (Reg) src).num();
        if (other instanceof Reg r && !r.isXmm()) {
            op(width, 0x66, toXmm ? 0x0F6E : 0x0F7E, x, false, r, false, 0);
        } else if (width == 4) {
            op(0, 0x66, toXmm ? 0x0F6E : 0x0F7E, x, false, rm(other), false, 0);
        } else if (toXmm) {
            op(0, 0xF3, 0x0F7E, x, false, other instanceof Reg r ? r : rm(other), false, 0);
        } else {
            if (other instanceof Reg) throw bad("register-to-register MOVQ takes its source first");
            op(0, 0x66, 0x0FD6, x, false, rm(other), false, 0);
        }
    }

    /**
     * Shifts and rotates by CX or $n (D1 for $1). SHL and SHR with three operands,
     * {@code SHLQ $n|CX, src, dst}, shift bits of src into dst (SHLD/SHRD).
     */
    private void shift(Shape.Shift s) {
        int width = s.width(), wide = width == 1 ? 0 : 1;
        if (p.args().size() == 3 && width > 1 && (s.ext() == 4 || s.ext() == 5)) {
            int opcode = s.ext() == 4 ? 0x0FA4 : 0x0FAC;
            Operand dst = rm(p.arg(2));
            int src = gp(p.arg(1)).num();
            if (p.arg(0) == Reg.CX) {
                op(width, 0, opcode + 1, src, false, dst, false, 0);
            } else {
                op(width, 0, opcode, src, false, dst, false, 1);
                w.put((int) count());
            }
            return;
        }
        arity(2);
        Operand dst = rm(p.arg(1));
        if (p.arg(0) == Reg.CX) {
            op(width, 0, 0xD2 | wide, s.ext(), false, dst, width == 1, 0);
        } else if (count() == 1) {
            op(width, 0, 0xD0 | wide, s.ext(), false, dst, width == 1, 0);
        } else {
            op(width, 0, 0xC0 | wide, s.ext(), false, dst, width == 1, 1);
            w.put((int) count());
        }
    }

    private long count() {
        if (p.arg(0) instanceof Imm(long v) && v >= 0 && v < 256) return v;
        throw bad("shift count must be CX or an immediate 0-255");
    }

    private void imul(Shape.Imul s) {
        int width = s.width();
        if (p.args().size() == 1) {
            group(p.arg(0), width, 0xF6, 5);
            return;
        }
        arity(2);
        Reg dst = gp(p.arg(1));
        if (p.arg(0) instanceof Imm) immOp(width, 0x6B, 0x69, dst.num(), dst, p.arg(0));
        else op(width, 0, 0x0FAF, dst.num(), false, rm(p.arg(0)), false, 0);
    }

    /**
     * XCHG with AX has the one-byte form 90+r. XCHGL AX, AX is thus 90, the no-op gc emits under that
     * name (in 64-bit mode 90 does not clear the upper half of RAX).
     */
    private void xchg(Shape.Xchg s) {
        arity(2);
        int width = s.width();
        Operand a = p.arg(0), b = p.arg(1);
        if (width > 1 && a instanceof Reg ra && b instanceof Reg rb && (ra == Reg.AX || rb == Reg.AX)) {
            oneByteRegWidth(width, 0x90, gp(ra == Reg.AX ? rb : ra));
        } else {
            Operand regSide = a instanceof Reg ? a : b, memSide = a instanceof Reg ? b : a;
            op(width, 0, width == 1 ? 0x86 : 0x87, gp(regSide).num(), width == 1, rm(memSide), width == 1, 0);
        }
    }

    private void sseMove(Shape.SseMove s) {
        arity(2);
        if (isXmm(p.arg(1))) {
            Operand src = p.arg(0) instanceof Reg r ? xmm(r) : rm(p.arg(0));
            op(0, s.prefix(), s.load(), ((Reg) p.arg(1)).num(), false, src, false, 0);
        } else {
            if (p.arg(1) instanceof Reg) throw bad("SSE move to a general register");
            op(0, s.prefix(), s.store(), xmm(p.arg(0)).num(), false, rm(p.arg(1)), false, 0);
        }
    }

    private void bitTest(Shape.BitTest s) {
        arity(2);
        Operand dst = rm(p.arg(1));
        if (p.arg(0) instanceof Imm) {
            long bit = imm(p.arg(0), 1);
            op(s.width(), 0, 0x0FBA, s.ext(), false, dst, false, 1);
            w.put((int) bit);
        } else {
            op(s.width(), 0, 0x0FA3 + ((s.ext() - 4) << 3), gp(p.arg(0)).num(), false, dst, false, 0);
        }
    }

    /** CALL and JMP: a symbol directly (rel32 fixup), a register or memory indirectly (FF /ext). */
    private void indirectOrDirect(int directOpcode, int ext) {
        if (only() instanceof SymRef s) {
            w.put(directOpcode);
            w.fixup(Fixup.Kind.CALL_PC32, s.symbol(), s.offset() - 4);
        } else {
            op(0, 0, 0xFF, ext, false, rm(p.arg(0)), false, 0);
        }
    }

    private void push() {
        switch (only()) {
            case Reg r -> oneByteReg(0x50, gp(r));
            case Imm i -> {
                long v = imm(i, 8);
                w.put(v == (byte) v ? 0x6A : 0x68);
                w.imm(v, v == (byte) v ? 1 : 4);
            }
            default -> op(0, 0, 0xFF, 6, false, rm(p.arg(0)), false, 0);
        }
    }

    /** A group opcode (F6 or FE) with /ext; the byte form is {@code opcode}, wider ones opcode+1. */
    private void group(Operand dst, int width, int opcode, int ext) {
        op(width, 0, width == 1 ? opcode : opcode + 1, ext, false, rm(dst), width == 1, 0);
    }

    /** IMUL by an immediate: 6B with an 8-bit immediate when it fits, else 69. */
    private void immOp(int width, int op8, int opFull, int reg, Operand src, Operand immediate) {
        long v = imm(immediate, width);
        long raw = ((Imm) immediate).value();
        boolean small = raw == (byte) raw;
        int size = small ? 1 : immSize(width);
        op(width, 0, small ? op8 : opFull, reg, false, src, false, size);
        w.imm(v, size);
    }

    private void oneByteReg(int opcode, Reg r) {
        oneByteRegWidth(0, opcode, r);
    }

    private void oneByteRegWidth(int width, int opcode, Reg r) {
        w.prefixes(width, 0, 0, r, false);
        w.put(opcode + (r.num() & 7));
    }

    /** Prefixes, opcode and ModRM operand; {@code trailing} immediate bytes will follow. */
    private void op(int width, int prefix, int opcode, int reg, boolean regByte, Operand rm, boolean rmByte, int trailing) {
        boolean force = regByte && reg >= 4 && reg < 8 || rmByte && rm instanceof Reg r && needsRex(r);
        w.prefixes(width, prefix, reg, rm, force);
        w.opcode(opcode);
        w.modrm(reg, rm, trailing);
    }

    private static boolean needsRex(Reg r) {
        return r.num() >= 4 && r.num() < 8;
    }

    private static int immSize(int width) {
        return Math.min(width, 4);
    }

    private static boolean isXmm(Operand o) {
        return o instanceof Reg r && r.isXmm();
    }

    /**
     * The immediate as the instruction will see it, sign-extended from {@code width} bytes. Values
     * may be written signed or unsigned for widths below 8; a 64-bit operation takes a sign-extended
     * 32-bit immediate.
     */
    private long imm(Operand o, int width) {
        if (!(o instanceof Imm(long v))) throw bad("expected an immediate");
        return fit(v, width);
    }

    private long fit(long v, int width) {
        int bits = Math.min(width, 4) * 8;
        long min = -(1L << (bits - 1)), max = width == 8 ? (1L << 31) - 1 : (1L << bits) - 1;
        if (v < min || v > max) throw bad("immediate " + v + " does not fit");
        return v << (64 - bits) >> (64 - bits);
    }

    private Operand rm(Operand o) {
        return switch (o) {
            case Reg r -> gp(r);
            case Mem m -> m;
            case SymRef s -> s;
            case Tls t -> t;
            default -> throw bad("expected a register or memory operand");
        };
    }

    private Reg reg(Operand o, boolean xmm) {
        return xmm ? xmm(o) : gp(o);
    }

    private Reg gp(Operand o) {
        if (o instanceof Reg r && !r.isXmm()) return r;
        throw bad("expected a general register");
    }

    private Reg xmm(Operand o) {
        if (o instanceof Reg r && r.isXmm()) return r;
        throw bad("expected an SSE register");
    }

    private void arity(int n) {
        if (p.args().size() != n) throw bad("expected " + n + " operands");
    }

    private Operand only() {
        arity(1);
        return p.arg(0);
    }

    private BadInstruction bad(String why) {
        return new BadInstruction(p, why);
    }
}
