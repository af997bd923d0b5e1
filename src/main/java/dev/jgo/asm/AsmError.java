package dev.jgo.asm;

import dev.jgo.syntax.Pos;

/**
 * An error in the user's assembly source that ends the statement (or, from the preprocessor, the
 * whole file) being processed. Always caught inside this package and reported as a diagnostic.
 */
final class AsmError extends RuntimeException {
    private final transient Pos pos;

    AsmError(Pos pos, String message) {
        super(message, null, false, false);
        this.pos = pos;
    }

    Pos pos() {
        return pos;
    }
}
