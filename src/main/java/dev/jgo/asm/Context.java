package dev.jgo.asm;

import dev.jgo.obj.Abi;
import dev.jgo.syntax.Diagnostics;

/** What every part of one file's assembly shares; {@code fileName} is the file's base name. */
record Context(String pkgPath, String fileName, boolean compilingRuntime, References refs, FloatPool floats,
               FrameChecker checker, Diagnostics diagnostics) {
    /**
     * The linker name of the symbol an operand names. A file-static {@code name<>} is suffixed with
     * the file's name ({@code main.table<x.s>}), so that equal static names in two files of a
     * package stay two symbols.
     */
    String symbolName(Arg a) {
        String name = Names.qualify(a.symbol(), pkgPath);
        return a.sel() == Arg.Selector.STATIC ? name + "<" + fileName + ">" : name;
    }

    void error(AsmError e) {
        diagnostics.error(e.pos(), e.getMessage());
    }

    /**
     * The amd64-model spelling of the symbol an operand names (see {@link References}): branch
     * targets are functions, ABI0 unless a selector says otherwise.
     */
    String reference(Arg a, boolean branch) {
        String name = symbolName(a);
        Names.checkSelector(a, name, compilingRuntime, a.pos());
        return switch (a.sel()) {
            case ABI0 -> References.function(name, Abi.ABI0);
            case ABIINTERNAL -> References.function(name, Abi.INTERNAL);
            case NONE, STATIC -> branch ? References.function(name, Abi.ABI0) : name;
        };
    }
}
