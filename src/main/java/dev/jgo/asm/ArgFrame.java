package dev.jgo.asm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The argument frame of a Go function declared without a body, as assembly sees it under ABI0:
 * {@code size} bytes of parameters and results, and every name in it (see {@link ArgVar}), outer
 * variables before their components. The build computes it from the Go declaration.
 */
public record ArgFrame(long size, List<ArgVar> vars) {
    /** A variable by name. */
    Map<String, ArgVar> byName() {
        Map<String, ArgVar> m = new HashMap<>();
        for (ArgVar v : vars) m.put(v.name(), v);
        return m;
    }

    /** The innermost variable covering the byte at offset, or null. */
    ArgVar at(long offset) {
        ArgVar found = null;
        for (ArgVar v : vars) {
            if (v.offset() <= offset && offset < v.offset() + v.size()) found = v;
        }
        return found;
    }
}
