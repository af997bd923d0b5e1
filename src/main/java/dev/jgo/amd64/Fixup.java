package dev.jgo.amd64;

/**
 * A hole in assembled code that the linker fills once symbol addresses are known. The value is
 * computed as ELF defines it for x86-64: {@code S + addend - P} for the PC-relative kinds (S the
 * symbol's address, P the address of the hole; the addend already accounts for the distance from
 * the hole to the end of the instruction), {@code S + addend} for {@link Kind#ABS64}, and the offset
 * of the thread-local symbol from the thread pointer for {@link Kind#TLS_LE}.
 */
public record Fixup(int offset, Kind kind, String symbol, long addend) {
    public enum Kind {
        /** The 32-bit displacement of a direct CALL or JMP to a function. */
        CALL_PC32(4),
        /** A 32-bit RIP-relative displacement of a data reference. */
        PC32(4),
        /** A 64-bit absolute address (MOVQ $sym(SB), reg). */
        ABS64(8),
        /** The 32-bit FS-relative offset of a thread-local symbol (the local-exec TLS model). */
        TLS_LE(4);

        private final int size;

        Kind(int size) {
            this.size = size;
        }

        /** Bytes the hole occupies. */
        public int size() {
            return size;
        }
    }
}
