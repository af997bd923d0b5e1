package dev.jgo.obj;

import java.util.List;

/**
 * Where a function's arguments live once its frame is set up, so that a traceback can print
 * them: for each argument in order, its offset in the argument area (for a register argument,
 * its spill slot) and its size in bytes.
 */
public record ArgInfo(List<Slot> slots) {
    public static final ArgInfo NONE = new ArgInfo(List.of());

    public record Slot(int offset, int size) {}

    public ArgInfo {
        slots = List.copyOf(slots);
    }
}
