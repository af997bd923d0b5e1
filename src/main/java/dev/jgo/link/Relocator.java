package dev.jgo.link;

import dev.jgo.obj.Reloc;
import dev.jgo.obj.SymKind;

import java.util.Arrays;
import java.util.List;

/**
 * Builds the bytes of a laid-out section: each symbol's content at its address, relocations
 * applied, gaps filled with INT3 in code (so a stray jump traps) and with zeros in data.
 */
final class Relocator {
    private static final byte INT3 = (byte) 0xCC;

    private Relocator() {}

    static byte[] contents(Layout layout, Layout.Section section, List<String> problems) {
        byte[] out = new byte[Math.toIntExact(section.size())];
        if (section.kind() == SymKind.TEXT) Arrays.fill(out, INT3);
        for (Layout.Placed p : section.symbols()) {
            int base = Math.toIntExact(p.address() - section.address());
            byte[] content = p.symbol().content();
            System.arraycopy(content, 0, out, base, content.length);
            for (Reloc r : p.symbol().relocs()) {
                long place = p.address() + r.offset();
                long value = layout.address(r.target()) + r.addend() - (r.type().isPcRelative() ? place : 0);
                String problem = check(r, value);
                if (problem != null) problems.add(p.symbol().ref().name() + ": " + problem);
                put(out, base + r.offset(), r.type().size(), value);
            }
        }
        return out;
    }

    /** Why {@code value} does not fit the relocated field, or null when it does (gc's wording). */
    private static String check(Reloc r, long value) {
        if (r.type().size() == 8) return null;
        if (r.type().isPcRelative()) {
            return value == (int) value ? null
                    : "pc-relative relocation address for " + r.target().name() + " is too big: " + hex(value);
        }
        return value >= 0 && value <= Integer.MAX_VALUE ? null
                : "non-pc-relative relocation address for " + r.target().name() + " is too big: " + hex(value);
    }

    private static String hex(long v) {
        return v < 0 ? "-0x" + Long.toHexString(-v) : "0x" + Long.toHexString(v);
    }

    private static void put(byte[] out, int at, int size, long value) {
        for (int i = 0; i < size; i++) out[at + i] = (byte) (value >>> (8 * i));
    }
}
