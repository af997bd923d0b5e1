package dev.jgo.link;

import dev.jgo.obj.Abi;
import dev.jgo.obj.SymKind;
import dev.jgo.obj.SymRef;
import dev.jgo.obj.Symbol;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Links symbols into a static, non-PIE linux/amd64 ELF executable: no interpreter, no dynamic
 * section, no libc. The entry symbol (normally {@code _rt0_amd64_linux}, ABI0) is where the
 * kernel starts the program; everything not reachable from it or the other roots is dropped.
 */
public final class Linker {
    /** Where a linux/amd64 Go program starts: the runtime's assembly entry point. */
    public static final SymRef DEFAULT_ENTRY = SymRef.func("_rt0_amd64_linux", Abi.ABI0);

    private Linker() {}

    /**
     * The executable's bytes. {@code roots} lists the entry symbol first, then any symbols to
     * keep although nothing refers to them.
     */
    public static byte[] link(List<Symbol> symbols, List<SymRef> roots) throws LinkError {
        if (roots.isEmpty()) throw new IllegalArgumentException("no entry symbol");
        List<String> problems = new ArrayList<>();
        SymbolSet set = new SymbolSet(symbols, problems);
        List<Symbol> live = DeadCode.live(set, roots, problems);
        if (!problems.isEmpty()) throw new LinkError(problems);

        Layout layout = new Layout(live);
        List<ElfWriter.Section> sections = new ArrayList<>();
        Map<SymKind, Integer> shndx = new EnumMap<>(SymKind.class);
        for (Layout.Section s : layout.sections()) {
            shndx.put(s.kind(), sections.size() + 1);
            sections.add(loaded(layout, s, problems));
        }
        if (!problems.isEmpty()) throw new LinkError(problems);

        Map<SymRef, String> names = ElfNames.of(live);
        Dwarf dwarf = new Dwarf(layout, names);
        if (!dwarf.isEmpty()) {
            sections.add(debug(".debug_abbrev", dwarf.abbrev));
            sections.add(debug(".debug_info", dwarf.info));
            sections.add(debug(".debug_line", dwarf.line));
            sections.add(debug(".debug_frame", DebugFrame.of(layout)));
        }
        ElfSymtab symtab = new ElfSymtab(layout, names, shndx);
        int strtabIndex = sections.size() + 2;
        sections.add(ElfWriter.Section.unloaded(".symtab", ElfWriter.SHT_SYMTAB, symtab.symtab(), strtabIndex,
                symtab.firstGlobal(), 8, ElfSymtab.ENTRY_SIZE));
        sections.add(ElfWriter.Section.unloaded(".strtab", ElfWriter.SHT_STRTAB, symtab.strtab(), 0, 0, 1, 0));
        return ElfWriter.write(layout.address(roots.getFirst()), layout.segments(), sections);
    }

    /** Writes an executable file with mode 0755. */
    public static void writeExecutable(Path file, byte[] image) throws IOException {
        Files.write(file, image);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static ElfWriter.Section debug(String name, byte[] data) {
        return ElfWriter.Section.unloaded(name, ElfWriter.SHT_PROGBITS, data, 0, 0, 1, 0);
    }

    /** The section for one kind of symbol, named as gc names it: .text, .rodata, …, .noptrbss. */
    private static ElfWriter.Section loaded(Layout layout, Layout.Section s, List<String> problems) {
        long flags = ElfWriter.SHF_ALLOC | switch (s.kind()) {
            case TEXT -> ElfWriter.SHF_EXECINSTR;
            case RODATA -> 0;
            case NOPTRDATA, DATA, BSS, NOPTRBSS -> ElfWriter.SHF_WRITE;
        };
        String name = "." + s.kind().name().toLowerCase(Locale.ROOT);
        return s.kind().hasContent()
                ? ElfWriter.Section.loaded(name, ElfWriter.SHT_PROGBITS, flags, s, Relocator.contents(layout, s, problems))
                : ElfWriter.Section.loaded(name, ElfWriter.SHT_NOBITS, flags, s, null);
    }
}
