package dev.jgo.ssagen;

import dev.jgo.syntax.Pos;

/** A construct the SSA construction does not handle yet; reported at pos, never a crash. */
final class Unsupported extends RuntimeException {
    final Pos pos;

    Unsupported(Pos pos, String what) {
        super(what + " is not supported yet by jgo's SSA construction");
        this.pos = pos;
    }
}
