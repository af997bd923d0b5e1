package dev.jgo.asm;

import java.util.ArrayList;
import java.util.List;

/** The flag bits of TEXT and GLOBL, with the values textflag.h gives them (gc's values). */
final class TextFlags {
    static final int DUPOK = 2, NOSPLIT = 4, RODATA = 8, NOPTR = 16, WRAPPER = 32, NEEDCTXT = 64, NOFRAME = 512,
            TOPFRAME = 2048, ABIWRAPPER = 4096;

    /** Every flag by bit number; NOPROF, TLSBSS and REFLECTMETHOD are accepted and have no effect. */
    private static final String[] NAMES = {"NOPROF", "DUPOK", "NOSPLIT", "RODATA", "NOPTR", "WRAPPER", "NEEDCTXT",
        "", "TLSBSS", "NOFRAME", "REFLECTMETHOD", "TOPFRAME", "ABIWRAPPER"};

    private TextFlags() {}

    /** The names of the bits set, in bit order, as listings print them. */
    static List<String> names(long flags) {
        List<String> names = new ArrayList<>();
        for (int bit = 0; bit < NAMES.length; bit++) {
            if ((flags & (1L << bit)) != 0 && !NAMES[bit].isEmpty()) names.add(NAMES[bit]);
        }
        return names;
    }
}
