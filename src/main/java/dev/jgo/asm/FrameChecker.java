package dev.jgo.asm;

import dev.jgo.syntax.Diagnostics;

/**
 * Checks a function's use of its argument frame against its Go declaration (go vet's asmdecl;
 * {@link AsmDecl} is that check). The assembler calls it once per TEXT, after the function's
 * body; the checker reports problems through {@code diagnostics}. {@link #NONE} checks nothing.
 */
@FunctionalInterface
public interface FrameChecker {
    FrameChecker NONE = (text, use, diagnostics) -> { };

    void check(TextHeader text, FrameUse use, Diagnostics diagnostics);
}
