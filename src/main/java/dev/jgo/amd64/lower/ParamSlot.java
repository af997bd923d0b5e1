package dev.jgo.amd64.lower;

/**
 * Where an incoming parameter piece lives in the caller's argument area: the aux of
 * {@code ArgIntReg}/{@code ArgFloatReg} (its spill slot, which the callee may use and the
 * morestack path must) and of a stack-assigned {@code Arg}. offset is from the start of the
 * argument area (0 is just above the return address), size the piece's bytes.
 */
public record ParamSlot(String name, long offset, int size) {
    /** The slot of a parameter value; one without is a bug in call expansion. */
    public static ParamSlot of(dev.jgo.ssa.Value v) {
        if (v.aux() instanceof ParamSlot p) return p;
        throw new IllegalStateException(v.longString() + ": a parameter needs a ParamSlot aux after call expansion");
    }

    @Override
    public String toString() {
        return name + "+" + offset;
    }
}
