package dev.jgo.obj;

import java.util.Objects;

/**
 * A place in a symbol's content that the linker fills in once addresses are known: the field at
 * {@code offset}, of {@code type.size()} bytes, receives the value {@code type} computes from
 * {@code target}'s address and {@code addend}. A relocation also makes its target reachable.
 */
public record Reloc(int offset, RelocType type, SymRef target, long addend) {
    public Reloc {
        if (offset < 0) throw new IllegalArgumentException("negative relocation offset " + offset);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(target, "target");
    }

    /** The first byte after the relocated field. */
    public int end() {
        return offset + type.size();
    }

    @Override
    public String toString() {
        return offset + " " + type + " " + target + (addend < 0 ? "" : "+") + addend;
    }
}
