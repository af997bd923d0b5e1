package dev.jgo.obj;

import java.util.Objects;

/**
 * What the compiler knows about a function beyond its code, for the runtime tables and debug
 * information: the size of its stack argument area (arguments, results and spill slots), its
 * frame size, where each instruction comes from, how far SP is below its entry value at each pc
 * (gc's pcsp, for unwinding), its stack maps and its argument layout.
 */
public record FuncInfo(int argsSize, int frameSize, LineTable lines, PcValueTable spDeltas, StackMaps stackMaps,
                       ArgInfo args) {
    /** A function known only by its code, e.g. hand-written machine code in tests. */
    public static final FuncInfo NONE = new FuncInfo(0, 0, LineTable.EMPTY, PcValueTable.EMPTY, StackMaps.NONE, ArgInfo.NONE);

    public FuncInfo {
        if (argsSize < 0 || frameSize < 0) throw new IllegalArgumentException("negative frame size");
        Objects.requireNonNull(lines, "lines");
        Objects.requireNonNull(spDeltas, "spDeltas");
        Objects.requireNonNull(stackMaps, "stackMaps");
        Objects.requireNonNull(args, "args");
    }
}
