package dev.jgo.amd64;

/**
 * The memory at {@code symbol+offset}, written {@code sym+off(SB)}. As a data operand it is
 * addressed RIP-relative; as the operand of CALL or JMP it is the direct target. Either way the
 * encoder leaves a 32-bit PC-relative fixup for the linker.
 */
public record SymRef(String symbol, long offset) implements Operand {
    public SymRef {
        if (symbol.isEmpty()) throw new IllegalArgumentException("symbol reference without a name");
    }

    public static SymRef of(String symbol) {
        return new SymRef(symbol, 0);
    }
}
