package dev.jgo.obj;

import java.util.ArrayList;
import java.util.List;

/**
 * A value that changes along a function's code, e.g. the source line or the stack-map index:
 * each run holds its value from its pc (an offset into the function) up to the next run's pc.
 * Before the first run the value is {@link #UNKNOWN}. This is the shape of gc's pc-value
 * tables, which the runtime tables and DWARF will encode.
 */
public record PcValueTable(List<Run> runs) {
    public static final int UNKNOWN = -1;
    public static final PcValueTable EMPTY = new PcValueTable(List.of());

    public record Run(int pc, int value) {}

    public PcValueTable {
        runs = List.copyOf(runs);
        for (int i = 1; i < runs.size(); i++) {
            if (runs.get(i).pc() <= runs.get(i - 1).pc())
                throw new IllegalArgumentException("pc-value runs out of order at " + runs.get(i));
        }
    }

    /** The value at {@code pc}. */
    public int valueAt(int pc) {
        int value = UNKNOWN;
        for (Run r : runs) {
            if (r.pc() > pc) break;
            value = r.value();
        }
        return value;
    }

    /** Collects a table from (pc, value) points given in increasing pc order. */
    public static final class Builder {
        private final List<Run> runs = new ArrayList<>();

        /** The value holds from {@code pc} on; a repeat of the current value adds nothing. */
        public Builder set(int pc, int value) {
            if (!runs.isEmpty()) {
                Run last = runs.getLast();
                if (pc < last.pc()) throw new IllegalArgumentException("pc " + pc + " before " + last.pc());
                if (pc == last.pc()) runs.removeLast();
            }
            int current = runs.isEmpty() ? UNKNOWN : runs.getLast().value();
            if (value != current) runs.add(new Run(pc, value));
            return this;
        }

        public PcValueTable build() {
            return new PcValueTable(runs);
        }
    }
}
