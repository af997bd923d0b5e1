package dev.jgo.amd64;

import java.util.List;
import java.util.Map;

/**
 * The machine code of one instruction list: its bytes, the offset of every Prog ({@code pcs} has
 * one more entry, the total size), the no-op padding placed before each Prog ({@code pads}), the
 * offset of every label, and the fixups left for the linker in ascending offset order.
 */
public record Code(byte[] bytes, int[] pcs, int[] pads, Map<Label, Integer> labels, List<Fixup> fixups) {
    public Code {
        labels = Map.copyOf(labels);
        fixups = List.copyOf(fixups);
    }

    public int size() {
        return bytes.length;
    }

    /** Offset of the i-th Prog. */
    public int pc(int i) {
        return pcs[i];
    }
}
