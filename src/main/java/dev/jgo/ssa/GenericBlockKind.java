package dev.jgo.ssa;

/** The machine-independent block kinds (names as in gc). */
public enum GenericBlockKind implements BlockKind {
    /** Falls through to its one successor. */
    Plain(0, 1),
    /** Goes to successor 0 if the boolean control is true, else to successor 1. */
    If(1, 2),
    /** After a deferred call (control, of memory type): 0 normally, 1 when a panic was recovered. */
    Defer(1, 2),
    /** Returns; the control is the final memory (or MakeResult after call expansion). */
    Ret(1, 0),
    /** Returns by a tail call; the control is the call. */
    RetJmp(1, 0),
    /** Leaves the function without returning (a panic); the control is memory. */
    Exit(1, 0),
    /** Goes to successor number control (an integer), bounds already checked. */
    JumpTable(1, -1),
    /** Always goes to successor 0; successor 1 is dead. A transient state for dead-code removal. */
    First(0, 2);

    private final int controls;
    private final int successors;

    GenericBlockKind(int controls, int successors) {
        this.controls = controls;
        this.successors = successors;
    }

    @Override public int controls() { return controls; }
    @Override public int successors() { return successors; }
}
