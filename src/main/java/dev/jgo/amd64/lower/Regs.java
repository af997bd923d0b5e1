package dev.jgo.amd64.lower;

import static dev.jgo.amd64.Reg.*;

import dev.jgo.amd64.Reg;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The register facts of ABIInternal code on amd64 (DESIGN.md §4): argument sequences, the
 * registers with fixed meanings, and what the allocator may hand out. R13 is never allocated: the
 * emitter uses it as scratch inside the short sequences it expands (float constants, sign flips,
 * block moves), which keeps those sequences free of allocator involvement.
 */
public final class Regs {
    private Regs() {}

    public static final List<Reg> INT_ARGS = List.of(AX, BX, CX, DI, SI, R8, R9, R10, R11);
    public static final List<Reg> FLOAT_ARGS = List.of(X0, X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12, X13, X14);
    public static final Reg G = R14, ZERO_X = X15, CLOSURE = DX, SCRATCH = R13;

    /** General registers the allocator may use, in the order it prefers them. */
    public static final List<Reg> GP = List.of(AX, CX, DX, BX, SI, DI, R8, R9, R10, R11, R12, R15);
    /** SSE registers the allocator may use (X15 is zero). */
    public static final List<Reg> FP = FLOAT_ARGS;

    /** Everything a call clobbers: no callee-saved registers in Go. */
    public static final Set<Reg> ALL = allocatable();

    private static Set<Reg> allocatable() {
        Set<Reg> s = EnumSet.copyOf(GP);
        s.addAll(FP);
        return s;
    }
}
