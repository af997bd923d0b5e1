package dev.jgo.asm;

import dev.jgo.syntax.Diagnostics;
import java.util.List;

/**
 * Checks a function's argument references against its Go declaration (go vet's asmdecl). The
 * assembler calls it once per TEXT, after the function's body, with its FP references in source
 * order; the checker reports problems through {@code diagnostics}. It needs the type checker and
 * the ABI library, so it is supplied by the build; {@link #NONE} checks nothing.
 */
@FunctionalInterface
public interface FrameChecker {
    FrameChecker NONE = (text, refs, diagnostics) -> { };

    void check(TextHeader text, List<FrameRef> refs, Diagnostics diagnostics);
}
