package dev.jgo.link;

import dev.jgo.obj.SymKind;
import dev.jgo.obj.SymRef;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The symbols the linker itself defines: the start and end of each section (runtime.text,
 * runtime.etext, …, runtime.end), which the runtime reads to find its code and the data the
 * garbage collector scans. They are data symbols with no content, named as gc names them.
 */
final class Markers {
    /** A boundary of the section holding {@code kind}: its first byte, or the byte after its last. */
    record Marker(String name, SymKind section, boolean atEnd) {
        SymRef ref() {
            return SymRef.data(name);
        }
    }

    static final List<Marker> ALL = List.of(
            new Marker("runtime.text", SymKind.TEXT, false),
            new Marker("runtime.etext", SymKind.TEXT, true),
            new Marker("runtime.rodata", SymKind.RODATA, false),
            new Marker("runtime.erodata", SymKind.RODATA, true),
            new Marker("runtime.noptrdata", SymKind.NOPTRDATA, false),
            new Marker("runtime.enoptrdata", SymKind.NOPTRDATA, true),
            new Marker("runtime.data", SymKind.DATA, false),
            new Marker("runtime.edata", SymKind.DATA, true),
            new Marker("runtime.bss", SymKind.BSS, false),
            new Marker("runtime.ebss", SymKind.BSS, true),
            new Marker("runtime.noptrbss", SymKind.NOPTRBSS, false),
            new Marker("runtime.enoptrbss", SymKind.NOPTRBSS, true),
            new Marker("runtime.end", SymKind.NOPTRBSS, true));

    private static final Map<SymRef, Marker> BY_REF = ALL.stream().collect(Collectors.toMap(Marker::ref, m -> m));

    private Markers() {}

    static Optional<Marker> lookup(SymRef ref) {
        return Optional.ofNullable(BY_REF.get(ref));
    }
}
