package dev.jgo.amd64.emit;

import static dev.jgo.amd64.Op.*;

import dev.jgo.amd64.Label;
import dev.jgo.amd64.Op;
import dev.jgo.amd64.Operand;
import dev.jgo.amd64.Prog;
import dev.jgo.amd64.Reg;
import dev.jgo.syntax.Pos;

import java.util.ArrayList;
import java.util.List;

/** The instruction list of one function as it is emitted: Progs at the current source position, fresh labels. */
final class Asm {
    private final List<Prog> progs = new ArrayList<>();
    private int nextLabel;
    private Pos pos = Pos.NONE;

    List<Prog> progs() { return progs; }
    Pos pos() { return pos; }
    void at(Pos pos) { this.pos = pos; }

    Label label() {
        return new Label(nextLabel++);
    }

    void place(Label label) {
        progs.add(Prog.place(label));
    }

    void add(Op op, Operand... args) {
        progs.add(Prog.of(op, pos, args));
    }

    /** A register copy, nothing when from and to are the same. */
    void move(Reg from, Reg to) {
        if (from != to) add(from.isXmm() ? MOVAPS : MOVQ, from, to);
    }

    /** The move of a size-byte value of r's class; loads of narrow integers zero-extend. */
    static Op moveOp(Reg r, long size, boolean load) {
        if (r.isXmm()) return size == 4 ? MOVSS : MOVSD;
        return intMove(size, load);
    }

    /** The general-register move of a size-byte integer. */
    static Op intMove(long size, boolean load) {
        return switch ((int) size) {
            case 1 -> load ? MOVBLZX : MOVB;
            case 2 -> load ? MOVWLZX : MOVW;
            case 4 -> MOVL;
            default -> MOVQ;
        };
    }
}
