package dev.jgo.link;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes an ELF64 little-endian x86-64 executable (ET_EXEC): the ELF header and program headers
 * at the start of the first page, the loadable sections at their file offsets, then the
 * non-loaded sections, a generated .shstrtab last, and the section header table at the end.
 * Nothing in the output depends on anything but the inputs, so equal inputs give equal bytes.
 */
final class ElfWriter {
    static final int SHT_PROGBITS = 1, SHT_SYMTAB = 2, SHT_STRTAB = 3, SHT_NOBITS = 8;
    static final long SHF_WRITE = 1, SHF_ALLOC = 2, SHF_EXECINSTR = 4;

    private static final int EHDR_SIZE = 64, PHDR_SIZE = 56, SHDR_SIZE = 64;
    private static final int PT_LOAD = 1, PT_GNU_STACK = 0x6474e551;
    private static final int ET_EXEC = 2, EM_X86_64 = 62;

    /**
     * A section to write. A loaded one (SHF_ALLOC) sits at {@code fileOffset}; the others get
     * their offsets here, in the order given. {@code data} is null for SHT_NOBITS.
     */
    record Section(String name, int type, long flags, long address, long fileOffset, long size, byte[] data,
                   int link, int info, long align, long entrySize) {
        static Section loaded(String name, int type, long flags, Layout.Section s, byte[] data) {
            return new Section(name, type, flags, s.address(), s.fileOffset(), s.size(), data, 0, 0, Layout.SECTION_ALIGN, 0);
        }

        static Section unloaded(String name, int type, byte[] data, int link, int info, long align, long entrySize) {
            return new Section(name, type, 0, 0, -1, data.length, data, link, info, align, entrySize);
        }

        boolean isLoaded() {
            return (flags & SHF_ALLOC) != 0;
        }
    }

    private ElfWriter() {}

    static byte[] write(long entry, List<Layout.Segment> segments, List<Section> sections) {
        LeBuffer shstrtab = new LeBuffer().u8(0);
        List<Integer> nameOffsets = new ArrayList<>();
        for (Section s : sections) {
            nameOffsets.add(shstrtab.size());
            shstrtab.cstring(s.name());
        }
        int shstrtabName = shstrtab.size();
        shstrtab.cstring(".shstrtab");
        List<Section> all = new ArrayList<>(sections);
        all.add(Section.unloaded(".shstrtab", SHT_STRTAB, shstrtab.toByteArray(), 0, 0, 1, 0));
        nameOffsets.add(shstrtabName);

        // .bss takes no file space: the unloaded sections follow the last section with bytes
        long offset = sections.stream().filter(s -> s.isLoaded() && s.type() != SHT_NOBITS)
                .mapToLong(s -> s.fileOffset() + s.size()).max().orElse(0);
        List<Long> offsets = new ArrayList<>();
        for (Section s : all) {
            if (s.isLoaded()) {
                offsets.add(s.fileOffset());
            } else {
                offset = Layout.roundUp(offset, s.align());
                offsets.add(offset);
                offset += s.size();
            }
        }
        long shoff = Layout.roundUp(offset, 8);

        LeBuffer out = new LeBuffer();
        // One program header per segment plus PT_GNU_STACK; section header 0 is the null one.
        header(out, entry, segments.size() + 1, shoff, all.size() + 1, all.size());
        for (Layout.Segment seg : segments) {
            out.u32(PT_LOAD).u32(seg.flags()).u64(seg.fileOffset()).u64(seg.address()).u64(seg.address())
                    .u64(seg.fileSize()).u64(seg.memSize()).u64(Layout.PAGE);
        }
        out.u32(PT_GNU_STACK).u32(Layout.PF_R | Layout.PF_W).u64(0).u64(0).u64(0).u64(0).u64(0).u64(8);
        for (int i = 0; i < all.size(); i++) {
            Section s = all.get(i);
            if (s.type() == SHT_NOBITS) continue;
            out.padTo(offsets.get(i)).bytes(s.data());
        }
        out.padTo(shoff).padTo(shoff + SHDR_SIZE);
        for (int i = 0; i < all.size(); i++) {
            Section s = all.get(i);
            out.u32(nameOffsets.get(i)).u32(s.type()).u64(s.flags()).u64(s.address()).u64(offsets.get(i))
                    .u64(s.size()).u32(s.link()).u32(s.info()).u64(s.align()).u64(s.entrySize());
        }
        return out.toByteArray();
    }

    private static void header(LeBuffer out, long entry, int phnum, long shoff, int shnum, int shstrndx) {
        out.bytes(new byte[] {0x7f, 'E', 'L', 'F', 2 /* 64-bit */, 1 /* little-endian */, 1 /* version */, 0 /* System V */});
        out.padTo(16);
        out.u16(ET_EXEC).u16(EM_X86_64).u32(1).u64(entry).u64(EHDR_SIZE).u64(shoff).u32(0)
                .u16(EHDR_SIZE).u16(PHDR_SIZE).u16(phnum).u16(SHDR_SIZE).u16(shnum).u16(shstrndx);
    }
}
