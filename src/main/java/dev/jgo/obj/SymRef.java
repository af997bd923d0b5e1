package dev.jgo.obj;

import java.util.Objects;

/**
 * A symbol's identity: its name and, for functions, its ABI. {@code abi} is {@code null} for
 * data symbols, which exist once per name. Relocations name their targets with a SymRef.
 */
public record SymRef(String name, Abi abi) implements Comparable<SymRef> {
    public SymRef {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty()) throw new IllegalArgumentException("empty symbol name");
    }

    /** A function symbol in the given ABI. */
    public static SymRef func(String name, Abi abi) {
        return new SymRef(name, Objects.requireNonNull(abi, "abi"));
    }

    /** A data symbol (rodata, data or bss). */
    public static SymRef data(String name) {
        return new SymRef(name, null);
    }

    public boolean isFunc() {
        return abi != null;
    }

    /** Orders by name, then data before ABI0 before ABIInternal: a stable order for listings. */
    @Override
    public int compareTo(SymRef o) {
        int c = name.compareTo(o.name);
        if (c != 0) return c;
        return Integer.compare(abi == null ? -1 : abi.ordinal(), o.abi == null ? -1 : o.abi.ordinal());
    }

    /** {@code name} for data, {@code name<ABI>} for functions, as gc's symbol dumps show them. */
    @Override
    public String toString() {
        return abi == null ? name : name + "<" + abi + ">";
    }
}
