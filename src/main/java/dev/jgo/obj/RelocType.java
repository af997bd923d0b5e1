package dev.jgo.obj;

/**
 * How a relocation computes the value it writes. S is the target symbol's address, A the addend
 * and P the address of the relocated field itself (not of the next instruction), exactly as in
 * the System V x86-64 psABI: a 4-byte displacement that ends its instruction therefore carries
 * A = -4, and one followed by an n-byte immediate carries A = -4 - n.
 */
public enum RelocType {
    /** S + A - P, 4 bytes: the rel32 of a CALL or JMP to another function. */
    CALL(4),
    /** S + A - P, 4 bytes: a RIP-relative memory operand or LEAQ. */
    PCREL32(4),
    /** S + A, 8 bytes: a pointer stored in data. */
    ADDR64(8),
    /**
     * S + A, 4 bytes: an absolute address as a 32-bit immediate or displacement. Valid because
     * the executable is not position-independent and lies below 2 GiB, so the value reads the
     * same zero- or sign-extended.
     */
    ADDR32(4);

    private final int size;

    RelocType(int size) {
        this.size = size;
    }

    /** The number of bytes the relocation writes. */
    public int size() {
        return size;
    }

    public boolean isPcRelative() {
        return this == CALL || this == PCREL32;
    }
}
