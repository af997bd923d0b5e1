package dev.jgo.amd64;

/**
 * The goroutine's slot in thread-local storage, written {@code (TLS)} as in Go: the memory at a
 * fixed offset from the FS base. ABIInternal code reloads g from it into R14 after calling ABI0
 * code ({@code MOVQ (TLS), R14}). The encoder leaves the offset to the linker as a
 * {@link Fixup.Kind#TLS_LE} fixup.
 */
public record Tls() implements Operand {
    /**
     * g's slot relative to the FS base, where jgo's runtime keeps it in a static executable (the
     * word just below the thread block, as gc's linker places it).
     */
    public static final int G_OFFSET = -8;

    /**
     * Resolves a {@link Fixup.Kind#TLS_LE} fixup in place: jgo links static executables only, so
     * the offset is a constant and needs no relocation.
     */
    public static void resolve(byte[] code, int fixupOffset) {
        for (int i = 0; i < 4; i++) code[fixupOffset + i] = (byte) (G_OFFSET >> (8 * i));
    }
}
