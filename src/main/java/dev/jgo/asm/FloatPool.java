package dev.jgo.asm;

import dev.jgo.obj.SymFlag;
import dev.jgo.obj.SymKind;
import dev.jgo.obj.Symbol;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/**
 * Floating-point immediates. amd64 has no float immediates, so, as gc does, {@code MOVSD $1.5, X0}
 * loads from a read-only constant named after the value's bits ({@code $f64.3ff8000000000000},
 * {@code $f32.3fc00000} for single-precision instructions); duplicates across objects are merged.
 */
final class FloatPool {
    private final TreeMap<String, Symbol> symbols = new TreeMap<>();

    /** The constant's symbol name, creating the symbol on first use. */
    String constant(double value, boolean single) {
        ByteBuffer b = ByteBuffer.allocate(single ? 4 : 8).order(ByteOrder.LITTLE_ENDIAN);
        String name;
        if (single) {
            int bits = Float.floatToRawIntBits((float) value);
            b.putInt(bits);
            name = String.format("$f32.%08x", bits);
        } else {
            long bits = Double.doubleToRawLongBits(value);
            b.putLong(bits);
            name = String.format("$f64.%016x", bits);
        }
        symbols.computeIfAbsent(name, n -> Symbol.data(n, SymKind.RODATA, single ? 4 : 8, b.array(),
                List.of(), SymFlag.DUPOK));
        return name;
    }

    Collection<Symbol> symbols() {
        return symbols.values();
    }
}
