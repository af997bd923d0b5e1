package dev.jgo.asm;

import dev.jgo.obj.SymRef;
import dev.jgo.syntax.Pos;

/**
 * What a TEXT directive declares: the function symbol (name and ABI), its flag bits
 * (textflag.h values), the frame size as written ({@code $frame-args}; negative values are
 * accepted and mean no frame) and the argument size, or {@link #ARGS_UNKNOWN} when the
 * {@code -args} part is missing. {@code fileLocal} is set for a {@code name<>} symbol, visible
 * only inside its file.
 */
public record TextHeader(SymRef ref, Pos pos, int flags, long frame, long argSize, boolean fileLocal) {
    public static final long ARGS_UNKNOWN = -1;

    public boolean has(int flag) {
        return (flags & flag) != 0;
    }
}
