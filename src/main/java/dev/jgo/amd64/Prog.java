package dev.jgo.amd64;

import dev.jgo.syntax.Pos;
import java.util.List;

/**
 * One instruction: a Go assembler mnemonic, its operands in Go's order (sources first, destination
 * last; CMP in natural order) and the source position it was generated for, which listings print
 * and the line table will record.
 */
public record Prog(Op op, List<Operand> args, Pos pos) {
    public Prog {
        args = List.copyOf(args);
    }

    public static Prog of(Op op, Pos pos, Operand... args) {
        return new Prog(op, List.of(args), pos);
    }

    public static Prog of(Op op, Operand... args) {
        return new Prog(op, List.of(args), Pos.NONE);
    }

    /** The pseudo-instruction that places {@code label} at this point of the function. */
    public static Prog place(Label label) {
        return of(Op.LABEL, label);
    }

    public Operand arg(int i) {
        return args.get(i);
    }
}
