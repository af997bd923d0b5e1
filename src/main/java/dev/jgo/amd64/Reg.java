package dev.jgo.amd64;

/**
 * An amd64 register under its Go assembler name. General-purpose registers come first in hardware
 * order (AX=0 … R15=15), then the SSE registers X0–X15; {@link #num()} is the 4-bit number the
 * encoder splits between REX and ModRM/SIB.
 */
public enum Reg implements Operand {
    AX, CX, DX, BX, SP, BP, SI, DI, R8, R9, R10, R11, R12, R13, R14, R15,
    X0, X1, X2, X3, X4, X5, X6, X7, X8, X9, X10, X11, X12, X13, X14, X15;

    private static final String[] BYTE_NAMES = {
        "AL", "CL", "DL", "BL", "SPB", "BPB", "SIB", "DIB",
        "R8B", "R9B", "R10B", "R11B", "R12B", "R13B", "R14B", "R15B"};

    /** The register's number within its file, 0–15. */
    public int num() {
        return ordinal() & 15;
    }

    public boolean isXmm() {
        return ordinal() >= 16;
    }

    /**
     * The name Go's listings use when the register is an operand of the given width in bytes:
     * byte-sized uses of general registers are spelled AL, CL, …, SIB, R8B.
     */
    public String nameAt(int width) {
        return width == 1 && !isXmm() ? BYTE_NAMES[num()] : name();
    }
}
