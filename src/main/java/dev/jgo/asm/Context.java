package dev.jgo.asm;

import dev.jgo.obj.Abi;
import dev.jgo.syntax.Diagnostics;

/** What every part of one file's assembly shares. */
record Context(String pkgPath, boolean compilingRuntime, References refs, FloatPool floats, FrameChecker checker,
               Diagnostics diagnostics) {
    void error(AsmError e) {
        diagnostics.error(e.pos(), e.getMessage());
    }

    /**
     * The amd64-model spelling of the symbol an operand names (see {@link References}): branch
     * targets are functions, ABI0 unless a selector says otherwise.
     */
    String reference(Arg a, boolean branch) {
        String name = Names.qualify(a.symbol(), pkgPath);
        Names.checkSelector(a, name, compilingRuntime, a.pos());
        return switch (a.sel()) {
            case ABI0 -> References.function(name, Abi.ABI0);
            case ABIINTERNAL -> References.function(name, Abi.INTERNAL);
            case NONE, STATIC -> branch ? References.function(name, Abi.ABI0) : name;
        };
    }
}
