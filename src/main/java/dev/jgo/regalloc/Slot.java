package dev.jgo.regalloc;

import dev.jgo.amd64.lower.ParamSlot;

/** A value's home in memory: a spill slot of the frame, or a parameter's slot in the caller's argument area. */
public sealed interface Slot {
    /** The index-th 8-byte spill slot of the frame. */
    record Local(int index) implements Slot {}

    /** A parameter piece's own slot: its spill slot for a register parameter. */
    record Param(ParamSlot slot) implements Slot {}
}
