package dev.jgo.asm;

import dev.jgo.amd64.Reg;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Register names of Go's amd64 assembler. The byte names (AL, SIB, R8B, …) denote the same
 * {@link Reg} as the full names: the mnemonic's suffix decides the width. Names of registers jgo's
 * instruction model does not have yet (AH, segment, AVX, mask, control registers) are known so
 * that using one says so instead of being taken for a symbol.
 */
final class Registers {
    private static final Map<String, Reg> NAMES = new HashMap<>();
    private static final Set<String> PSEUDO = Set.of("SB", "FP", "PC");
    /** The thread-local storage base, usable only in gc's TLS idioms (see FunctionBuilder). */
    static final String TLS = "TLS";
    private static final String[] BYTE_NAMES = {"AL", "CL", "DL", "BL", "SPB", "BPB", "SIB", "DIB"};

    static {
        for (Reg r : Reg.values()) NAMES.put(r.name(), r);
        for (int i = 0; i < 16; i++) NAMES.put(i < 8 ? BYTE_NAMES[i] : "R" + i + "B", Reg.values()[i]);
    }

    private Registers() {}

    /** The register named, or null. */
    static Reg lookup(String name) {
        return NAMES.get(name);
    }

    /** SB, FP and PC; SP is both a pseudo-register and the hardware register. */
    static boolean isPseudo(String name) {
        return PSEUDO.contains(name);
    }

    /** A register of Go's amd64 assembler that jgo's model lacks. */
    static boolean isUnsupported(String name) {
        return name.matches("AH|BH|CH|DH|CS|DS|ES|FS|GS|SS|GDTR|IDTR|LDTR|MSW|TASK|[YZ]([0-9]|[12][0-9]|3[01])"
                + "|K[0-7]|CR([0-9]|1[0-5])|DR[0-7]|TR[0-7]|F[0-7]|M[0-7]");
    }

    /** Whether the identifier names a register or pseudo-register of any kind. */
    static boolean isRegisterName(String name) {
        return NAMES.containsKey(name) || isPseudo(name) || isUnsupported(name) || name.equals(TLS);
    }
}
