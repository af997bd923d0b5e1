package dev.jgo.amd64;

/** Operand sizes an instruction gives its general-register operands, for printing byte registers. */
final class Widths {
    private Widths() {}

    /**
     * The width in bytes at which operand {@code i} of {@code p} is read or written when it is a
     * general register: 1 makes listings spell AX as AL (and a byte shift's count CX as CL), as gc does.
     */
    static int gpWidth(Prog p, int i) {
        return switch (p.op().shape()) {
            case Shape.Alu s -> s.width();
            case Shape.Test s -> s.width();
            case Shape.Mov s -> s.width();
            case Shape.Unary s -> s.width();
            case Shape.IncDec s -> s.width();
            case Shape.Shift s -> s.width();
            case Shape.Extend s -> i == 0 ? s.from() : s.width();
            case Shape.Store s -> s.width();
            case Shape.Xchg s -> s.width();
            case Shape.SetCC s -> 1;
            default -> 8;
        };
    }
}
