package dev.jgo.amd64;

/**
 * The address of {@code symbol+offset} as an immediate, {@code $sym+off(SB)}. Only MOVQ into a
 * register takes it, encoded with a 64-bit absolute fixup; code that can address the symbol
 * RIP-relative uses LEAQ with a {@link SymRef} instead, as gc does.
 */
public record SymAddr(String symbol, long offset) implements Operand {
    public SymAddr {
        if (symbol.isEmpty()) throw new IllegalArgumentException("symbol address without a name");
    }
}
