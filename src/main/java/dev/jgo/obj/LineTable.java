package dev.jgo.obj;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A function's pc → file:line map, kept as gc's runtime keeps it: a file table plus two pc-value
 * tables, one for the file index and one for the line. Inlined code is why one function can
 * span several files.
 */
public record LineTable(List<String> files, PcValueTable fileIndex, PcValueTable line) {
    public static final LineTable EMPTY = new LineTable(List.of(), PcValueTable.EMPTY, PcValueTable.EMPTY);

    /** A point where the position changes: from {@code pc} on, code comes from {@code source}. */
    public record Row(int pc, SourceLine source) {}

    public LineTable {
        files = List.copyOf(files);
    }

    /** The source position of the instruction at {@code pc}, if the compiler recorded one. */
    public Optional<SourceLine> at(int pc) {
        int f = fileIndex.valueAt(pc);
        int l = line.valueAt(pc);
        if (f == PcValueTable.UNKNOWN || l == PcValueTable.UNKNOWN) return Optional.empty();
        return Optional.of(new SourceLine(files.get(f), l));
    }

    /** Every pc where the position changes, in pc order: the rows of a DWARF line program. */
    public List<Row> rows() {
        List<Integer> pcs = new ArrayList<>();
        fileIndex.runs().forEach(r -> pcs.add(r.pc()));
        line.runs().forEach(r -> pcs.add(r.pc()));
        List<Row> rows = new ArrayList<>();
        pcs.stream().distinct().sorted().forEach(pc -> at(pc).ifPresent(s -> rows.add(new Row(pc, s))));
        return rows;
    }

    /** Collects positions in increasing pc order, numbering files as they first appear. */
    public static final class Builder {
        private final Map<String, Integer> files = new LinkedHashMap<>();
        private final PcValueTable.Builder fileIndex = new PcValueTable.Builder();
        private final PcValueTable.Builder line = new PcValueTable.Builder();

        /** Code from {@code pc} on comes from {@code file:line}. */
        public Builder set(int pc, String file, int lineNumber) {
            fileIndex.set(pc, files.computeIfAbsent(file, f -> files.size()));
            line.set(pc, lineNumber);
            return this;
        }

        public LineTable build() {
            return new LineTable(List.copyOf(files.keySet()), fileIndex.build(), line.build());
        }
    }
}
