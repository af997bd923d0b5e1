package dev.jgo.amd64;

import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Where compiled code needs no-op padding so that no jump, and no compare-and-jump pair the CPU
 * fuses into one operation, crosses or ends at a 32-byte boundary: the Intel "JCC erratum"
 * mitigation, which gc applies to compiled code (not to hand-written assembly). The pairs that fuse
 * follow Intel's optimization manual: CMP, ADD, SUB, TEST, AND, INC or DEC (optionally after
 * LOCK) immediately followed by a conditional jump, within the operand and condition limits below.
 */
final class JumpPadding {
    private static final int BOUNDARY = 32;

    private final List<Prog> progs;
    private final IntUnaryOperator size;

    /** {@code size} gives the current byte size of each Prog. */
    JumpPadding(List<Prog> progs, IntUnaryOperator size) {
        this.progs = progs;
        this.size = size;
    }

    /** Bytes of padding to put before Prog i when it would start at {@code pc}. */
    int before(int i, int pc) {
        int span = fusedSize(i);
        if (span == 0 && isJump(progs.get(i))) span = size.applyAsInt(i);
        int offset = pc & (BOUNDARY - 1);
        return span > 0 && offset + span >= BOUNDARY ? BOUNDARY - offset : 0;
    }

    private static boolean isJump(Prog p) {
        return switch (p.op().shape()) {
            case Shape.JumpCC s -> true;
            case Shape.Jump s -> true;
            case Shape.Call s -> true;
            case Shape.Duff s -> true;
            default -> p.op() == Op.RET;
        };
    }

    /** The size of the fused pair starting at Prog i (with its LOCK), or 0 if none starts there. */
    private int fusedSize(int i) {
        int total = 0;
        if (progs.get(i).op() == Op.LOCK) {
            total = size.applyAsInt(i);
            i = nextInstruction(i);
            if (i < 0) return 0;
        }
        Prog first = progs.get(i);
        Kind kind = kind(first);
        int j = nextInstruction(i);
        if (kind == null || j < 0 || !(progs.get(j).op().shape() instanceof Shape.JumpCC(int cc))
                || !(progs.get(j).arg(0) instanceof Label) || !kind.fusesWith(cc)) {
            return 0;
        }
        return total + size.applyAsInt(i) + size.applyAsInt(j);
    }

    private enum Kind {
        TEST_AND, CMP_ADD_SUB, INC_DEC;

        /** Overflow, sign and parity jumps fuse only after TEST/AND; carry jumps not after INC/DEC. */
        boolean fusesWith(int cc) {
            boolean osp = cc <= 1 || cc >= 8 && cc <= 11;
            boolean carry = cc == 2 || cc == 3 || cc == 6 || cc == 7;
            return this == TEST_AND || !osp && (this == CMP_ADD_SUB || !carry);
        }
    }

    private static Kind kind(Prog p) {
        return switch (p.op().shape()) {
            case Shape.IncDec s -> Kind.INC_DEC;
            case Shape.Test s -> fuses(Kind.TEST_AND, p.arg(1), p.arg(0));
            case Shape.Alu(int w, int ext) when ext == 4 -> fuses(Kind.TEST_AND, p.arg(1), p.arg(0));
            case Shape.Alu(int w, int ext) when ext == 7 -> fuses(Kind.CMP_ADD_SUB, p.arg(0), p.arg(1));
            case Shape.Alu(int w, int ext) when ext == 0 || ext == 5 -> fuses(Kind.CMP_ADD_SUB, p.arg(1), p.arg(0));
            default -> null;
        };
    }

    /**
     * The kind if the operands allow fusion: the destination (CMP: the first operand) a register
     * with a register, immediate or memory source, or memory with a register source.
     */
    private static Kind fuses(Kind kind, Operand first, Operand second) {
        boolean memory = second instanceof Mem || second instanceof SymRef;
        boolean ok = first instanceof Reg ? second instanceof Reg || second instanceof Imm || memory
                : (first instanceof Mem || first instanceof SymRef) && second instanceof Reg;
        return ok ? kind : null;
    }

    /** The next Prog after i that is a machine instruction, skipping labels and NOPs; -1 if none. */
    private int nextInstruction(int i) {
        for (int j = i + 1; j < progs.size(); j++) {
            if (!(progs.get(j).op().shape() instanceof Shape.Pseudo)) return j;
        }
        return -1;
    }

    /**
     * n bytes of no-ops, in the longest forms Intel recommends (up to 9 bytes each: NOP, 66 NOP,
     * and NOPL with a ModRM/SIB/displacement of growing size), as gc fills its padding.
     */
    static void fill(InsnWriter w, int n) {
        while (n > 0) {
            int m = Math.min(n, 9);
            if (m == 1) {
                w.put(0x90);
            } else if (m == 2) {
                w.put(0x66);
                w.put(0x90);
            } else {
                if (m == 6 || m == 9) w.put(0x66);
                w.opcode(0x0F1F);
                int body = m == 6 || m == 9 ? m - 3 : m - 2; // ModRM and what follows it
                switch (body) {
                    case 1 -> w.put(0x00);
                    case 2 -> w.imm(0x0040, 2);
                    case 3 -> w.imm(0x000044, 3);
                    case 5 -> w.imm(0x0000000080L, 5);
                    default -> w.imm(0x000000000084L, 6);
                }
            }
            n -= m;
        }
    }
}
