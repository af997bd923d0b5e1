package dev.jgo.asm;

import dev.jgo.syntax.Diagnostics;

/** What every part of one file's assembly shares. */
record Context(String pkgPath, boolean compilingRuntime, References refs, FloatPool floats, FrameChecker checker,
               Diagnostics diagnostics) {
    void error(AsmError e) {
        diagnostics.error(e.pos(), e.getMessage());
    }
}
