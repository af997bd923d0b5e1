package dev.jgo.ssa;

import java.util.function.Consumer;

/**
 * One entry of the pass table. A required pass runs even without optimization (-N), because
 * later passes depend on what it establishes; the others are optimizations.
 */
public record Pass(String name, Consumer<Func> fn, boolean required) {
    /** The name as written in -d=ssa/&lt;pass&gt;/... options: spaces become underscores. */
    public String flagName() {
        return name.replace(' ', '_');
    }
}
