package dev.jgo.link;

import dev.jgo.obj.SymKind;
import dev.jgo.obj.SymRef;
import dev.jgo.obj.Symbol;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Addresses for the live symbols, as gc's linker lays out a non-PIE linux/amd64 executable: the
 * first page at 0x400000 holds the ELF headers, .text follows at 0x401000, then .rodata, then
 * .noptrdata, .data, .bss and .noptrbss. Three segments (code, read-only data, writable data),
 * each starting on a fresh page, and every loaded byte sits at file offset = address - 0x400000.
 * Within a section symbols keep their definition order; functions start on 32-byte boundaries.
 */
final class Layout {
    static final long BASE = 0x400000;
    static final long PAGE = 0x1000;
    static final long HEADER_SIZE = PAGE;
    static final int FUNC_ALIGN = 32;
    static final int SECTION_ALIGN = 32;

    /** A symbol and its address. */
    record Placed(Symbol symbol, long address) {}

    /** The output section holding the symbols of one kind. */
    record Section(SymKind kind, long address, long size, List<Placed> symbols) {
        long fileOffset() {
            return address - BASE;
        }

        long end() {
            return address + size;
        }
    }

    /** A loadable segment; flags are ELF's PF_* bits. */
    record Segment(long address, long fileSize, long memSize, int flags) {
        long fileOffset() {
            return address - BASE;
        }
    }

    static final int PF_X = 1, PF_W = 2, PF_R = 4;

    private final List<Section> sections = new ArrayList<>();
    private final List<Segment> segments = new ArrayList<>();
    private final Map<SymRef, Long> addresses = new HashMap<>();

    Layout(List<Symbol> live) {
        long addr = BASE + HEADER_SIZE;
        for (SymKind kind : SymKind.values()) {
            if (kind != SymKind.TEXT && segmentFlags(kind) != segmentFlags(previous(kind))) addr = roundUp(addr, PAGE);
            long start = roundUp(addr, SECTION_ALIGN);
            addr = start;
            List<Placed> placed = new ArrayList<>();
            for (Symbol s : live) {
                if (s.kind() != kind) continue;
                addr = roundUp(addr, kind == SymKind.TEXT ? Math.max(FUNC_ALIGN, s.align()) : s.align());
                placed.add(new Placed(s, addr));
                addresses.put(s.ref(), addr);
                addr += s.size();
            }
            sections.add(new Section(kind, start, addr - start, List.copyOf(placed)));
        }
        for (Markers.Marker m : Markers.ALL) {
            Section s = section(m.section());
            addresses.put(m.ref(), m.atEnd() ? s.end() : s.address());
        }
        addSegment(BASE, section(SymKind.TEXT).end(), section(SymKind.TEXT).end(), PF_R | PF_X);
        addSegment(section(SymKind.RODATA).address(), section(SymKind.RODATA).end(), section(SymKind.RODATA).end(), PF_R);
        addSegment(section(SymKind.NOPTRDATA).address(), section(SymKind.DATA).end(), section(SymKind.NOPTRBSS).end(), PF_R | PF_W);
    }

    private void addSegment(long start, long fileEnd, long memEnd, int flags) {
        if (memEnd > start) segments.add(new Segment(start, fileEnd - start, memEnd - start, flags));
    }

    private static SymKind previous(SymKind kind) {
        return SymKind.values()[kind.ordinal() - 1];
    }

    /** The flags of the segment a section of this kind belongs to: sections share a segment when equal. */
    private static int segmentFlags(SymKind kind) {
        return switch (kind) {
            case TEXT -> PF_R | PF_X;
            case RODATA -> PF_R;
            case NOPTRDATA, DATA, BSS, NOPTRBSS -> PF_R | PF_W;
        };
    }

    static long roundUp(long v, long align) {
        return (v + align - 1) & -align;
    }

    List<Section> sections() {
        return sections;
    }

    Section section(SymKind kind) {
        return sections.get(kind.ordinal());
    }

    List<Segment> segments() {
        return segments;
    }

    /** The address of a live symbol or a section marker. */
    long address(SymRef ref) {
        Long a = addresses.get(ref);
        if (a == null) throw new IllegalArgumentException("no address for " + ref);
        return a;
    }

    /** The file offset just past the last loaded byte. */
    long fileEnd() {
        Segment last = segments.getLast();
        return last.fileOffset() + last.fileSize();
    }
}
