package dev.jgo.regalloc;

import dev.jgo.amd64.lower.ParamSlot;

/** A value's home in memory: a spill slot of the frame, or a parameter's slot in the caller's argument area. */
public sealed interface Slot {
    /** The index-th 8-byte spill slot of the frame, the home of one value that crosses blocks. */
    record Local(int index) implements Slot {}

    /**
     * The index-th 8-byte scratch slot: the home of a value spilled inside its own block. Such a
     * value is dead outside that block, so every block numbers its scratch slots from 0 and the
     * frame holds as many as the hungriest block needs.
     */
    record Scratch(int index) implements Slot {}

    /** A parameter piece's own slot: its spill slot for a register parameter. */
    record Param(ParamSlot slot) implements Slot {}
}
