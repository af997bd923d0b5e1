package dev.jgo.amd64;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds the bytes of one instruction: legacy prefixes, REX, opcode, ModRM/SIB with the shortest
 * displacement, immediates, and fixups at offsets relative to the instruction's start.
 */
final class InsnWriter {
    private byte[] buf = new byte[16];
    private int len;
    private final List<Fixup> fixups = new ArrayList<>();

    void put(int b) {
        if (len == buf.length) buf = Arrays.copyOf(buf, len * 2);
        buf[len++] = (byte) b;
    }

    /** Little-endian value of {@code size} bytes. */
    void imm(long v, int size) {
        for (int i = 0; i < size; i++) put((int) (v >>> (8 * i)));
    }

    /** Opcode bytes packed big-endian into an int (0x0FAF is 0F AF); 0x00 is the single byte 00. */
    void opcode(int packed) {
        int shift = 24;
        while (shift > 0 && (packed >>> shift) == 0) shift -= 8;
        for (; shift >= 0; shift -= 8) put(packed >>> shift);
    }

    void fixup(Fixup.Kind kind, String symbol, long addend) {
        fixups.add(new Fixup(len, kind, symbol, addend));
        imm(0, kind.size());
    }

    byte[] bytes() {
        return Arrays.copyOf(buf, len);
    }

    List<Fixup> fixups() {
        return fixups;
    }

    /**
     * The operand-size prefix (width 2) and a mandatory prefix (0 for none), in that order, then a
     * REX byte when needed: W for width 8, R/X/B extending the reg field, index and base or r/m
     * register, and a bare REX when {@code force} (byte access to SPL, BPL, SIL, DIL).
     */
    void prefixes(int width, int prefix, int reg, Operand rm, boolean force) {
        if (rm instanceof Tls) put(0x64); // FS segment override
        if (width == 2) put(0x66);
        if (prefix != 0) put(prefix);
        int rex = (width == 8 ? 8 : 0) | (reg >> 3) << 2;
        switch (rm) {
            case Reg r -> rex |= r.num() >> 3;
            case Mem m -> rex |= (m.index() == null ? 0 : m.index().num() >> 3) << 1
                    | (m.base() == null ? 0 : m.base().num() >> 3);
            default -> {}
        }
        if (rex != 0 || force) put(0x40 | rex);
    }

    /**
     * ModRM, SIB and displacement for reg field {@code reg} and operand {@code rm}. A symbol is
     * addressed RIP-relative; {@code trailing} counts the immediate bytes that follow, which the
     * PC-relative addend must cover because RIP is the end of the instruction. The TLS slot is an
     * absolute 32-bit displacement (SIB without base or index) within the FS segment.
     */
    void modrm(int reg, Operand rm, int trailing) {
        int r = (reg & 7) << 3;
        switch (rm) {
            case Reg x -> put(0xC0 | r | x.num() & 7);
            case SymRef s -> {
                put(r | 5);
                fixup(Fixup.Kind.PC32, s.symbol(), s.offset() - 4 - trailing);
            }
            case Mem m -> memory(r, m);
            case Tls t -> {
                put(r | 4);
                put(0x25);
                fixup(Fixup.Kind.TLS_LE, "TLS", 0);
            }
            default -> throw new IllegalStateException("not a register or memory operand: " + rm);
        }
    }

    private void memory(int r, Mem m) {
        int index = m.index() == null ? 4 : m.index().num() & 7;
        int ss = Integer.numberOfTrailingZeros(Math.max(m.scale(), 1)) << 6;
        if (m.base() == null) {
            put(r | 4);
            put(ss | index << 3 | 5);
            imm(m.disp(), 4);
            return;
        }
        int base = m.base().num() & 7;
        long d = m.disp();
        // BP/R13 as a base with mod 00 would mean RIP or no base, so they always take a displacement.
        int mod = d == 0 && base != 5 ? 0 : d == (byte) d ? 0x40 : 0x80;
        if (m.index() != null || base == 4) {
            put(mod | r | 4);
            put(ss | index << 3 | base);
        } else {
            put(mod | r | base);
        }
        if (mod == 0x40) put((int) d);
        else if (mod == 0x80) imm(d, 4);
    }
}
