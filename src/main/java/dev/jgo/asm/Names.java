package dev.jgo.asm;

import dev.jgo.syntax.Pos;

/**
 * Turns symbol names as written in assembly into linker names: the middle dot {@code ·} is the
 * package separator and the division slash {@code ∕} the path separator, and a name that starts
 * with {@code ·} (or {@code ""·}) belongs to the package being assembled.
 */
final class Names {
    private Names() {}

    static String qualify(String written, String pkgPath) {
        String name = written.replace('\u00B7', '.').replace('\u2215', '/');
        return name.startsWith(".") ? pkgPath + name : name;
    }

    /** Rejects an ABI selector outside package runtime, as gc does. */
    static void checkSelector(Arg a, String qualified, boolean compilingRuntime, Pos pos) {
        boolean abi = a.sel() == Arg.Selector.ABI0 || a.sel() == Arg.Selector.ABIINTERNAL;
        if (abi && !compilingRuntime)
            throw new AsmError(pos, "ABI selector only permitted when compiling runtime, reference was to \"" + qualified + "\"");
    }
}
