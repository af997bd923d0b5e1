package dev.jgo.link;

import dev.jgo.obj.SymFlag;
import dev.jgo.obj.SymKind;
import dev.jgo.obj.SymRef;
import dev.jgo.obj.Symbol;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The .symtab and .strtab sections: every live symbol and every section marker, with its ELF
 * name, address, size and section, in address order within each binding. ELF wants the local
 * symbols first; {@link #firstGlobal()} is the index of the first global one (the section's
 * sh_info). The markers and LOCAL symbols are local, as in gc's executables.
 */
final class ElfSymtab {
    static final int ENTRY_SIZE = 24;
    private static final int STB_LOCAL = 0, STB_GLOBAL = 1, STT_OBJECT = 1, STT_FUNC = 2;

    private record Entry(String name, long value, long size, boolean func, int shndx, boolean local) {}

    private final byte[] symtab;
    private final byte[] strtab;
    private final int firstGlobal;

    /**
     * {@code names} gives each live symbol's ELF name, {@code shndx} the ELF section index of the
     * section holding each kind of symbol.
     */
    ElfSymtab(Layout layout, Map<SymRef, String> names, Map<SymKind, Integer> shndx) {
        List<Entry> entries = new ArrayList<>();
        for (Layout.Section sec : layout.sections()) {
            int index = shndx.get(sec.kind());
            boolean text = sec.kind() == SymKind.TEXT;
            markers(sec, false).forEach(m -> entries.add(marker(layout, m, text, index)));
            for (Layout.Placed p : sec.symbols()) {
                Symbol s = p.symbol();
                entries.add(new Entry(names.get(s.ref()), p.address(), s.size(), text, index, s.has(SymFlag.LOCAL)));
            }
            markers(sec, true).forEach(m -> entries.add(marker(layout, m, text, index)));
        }
        LeBuffer str = new LeBuffer().u8(0);
        LeBuffer sym = new LeBuffer();
        sym.padTo(ENTRY_SIZE);
        List<Entry> ordered = Stream.concat(entries.stream().filter(Entry::local), entries.stream().filter(e -> !e.local())).toList();
        for (Entry e : ordered) {
            int name = str.size();
            str.cstring(e.name());
            sym.u32(name)
                    .u8(((e.local() ? STB_LOCAL : STB_GLOBAL) << 4) | (e.func() ? STT_FUNC : STT_OBJECT))
                    .u8(0)
                    .u16(e.shndx())
                    .u64(e.value())
                    .u64(e.size());
        }
        this.symtab = sym.toByteArray();
        this.strtab = str.toByteArray();
        this.firstGlobal = 1 + (int) entries.stream().filter(Entry::local).count();
    }

    private static Stream<Markers.Marker> markers(Layout.Section sec, boolean atEnd) {
        return Markers.ALL.stream().filter(m -> m.section() == sec.kind() && m.atEnd() == atEnd);
    }

    private static Entry marker(Layout layout, Markers.Marker m, boolean func, int shndx) {
        return new Entry(m.name(), layout.address(m.ref()), 0, func, shndx, true);
    }

    byte[] symtab() {
        return symtab;
    }

    byte[] strtab() {
        return strtab;
    }

    int firstGlobal() {
        return firstGlobal;
    }
}
