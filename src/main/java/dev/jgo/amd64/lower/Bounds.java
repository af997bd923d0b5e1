package dev.jgo.amd64.lower;

import dev.jgo.amd64.Reg;
import dev.jgo.ssa.Amd64Op;

import java.util.List;

/**
 * Bounds failures: for each kind (the auxInt of PanicBounds, in gc's order), the runtime
 * function that reports it and which of gc's three register conventions passes it the index
 * and the length. The runtime's assembly entry points expect exactly these registers.
 */
public final class Bounds {
    private Bounds() {}

    private static final List<String> FUNCTIONS = List.of(
            "runtime.panicIndex", "runtime.panicIndexU", "runtime.panicSliceAlen", "runtime.panicSliceAlenU",
            "runtime.panicSliceAcap", "runtime.panicSliceAcapU", "runtime.panicSliceB", "runtime.panicSliceBU",
            "runtime.panicSlice3Alen", "runtime.panicSlice3AlenU", "runtime.panicSlice3Acap", "runtime.panicSlice3AcapU",
            "runtime.panicSlice3B", "runtime.panicSlice3BU", "runtime.panicSlice3C", "runtime.panicSlice3CU",
            "runtime.panicSliceConvert");

    /** The function reporting bounds failures of this kind. */
    public static String function(long kind) {
        return FUNCTIONS.get((int) kind);
    }

    static Amd64Op op(long kind) {
        int k = (int) kind;
        if (k < 0 || k >= FUNCTIONS.size()) throw new IllegalStateException("bad bounds kind " + kind);
        if (k <= 1 || k == 6 || k == 7 || k == 14 || k == 15) return Amd64Op.LoweredPanicBoundsC;
        if (k <= 5 || k == 12 || k == 13) return Amd64Op.LoweredPanicBoundsB;
        return Amd64Op.LoweredPanicBoundsA;
    }

    /** The registers of the index and the length for a LoweredPanicBounds op. */
    static List<Reg> registers(Amd64Op op) {
        return switch (op) {
            case LoweredPanicBoundsA -> List.of(Reg.DX, Reg.BX);
            case LoweredPanicBoundsB -> List.of(Reg.CX, Reg.DX);
            default -> List.of(Reg.AX, Reg.CX);
        };
    }
}
