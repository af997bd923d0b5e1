package dev.jgo.link;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads back the parts of an ELF64 executable the tests look at: sections and symbols. */
final class ElfReader {
    record Section(String name, int type, long address, long offset, long size) {}

    record Sym(String name, long value, long size, int info, int shndx) {}

    record Segment(int type, int flags, long offset, long address, long fileSize, long memSize) {}

    final ByteBuffer buf;
    final List<Section> sections = new ArrayList<>();
    final Map<String, Sym> symbols = new LinkedHashMap<>();
    final List<Segment> segments = new ArrayList<>();

    ElfReader(byte[] image) {
        buf = ByteBuffer.wrap(image).order(ByteOrder.LITTLE_ENDIAN);
        long phoff = buf.getLong(0x20);
        int phnum = Short.toUnsignedInt(buf.getShort(0x38));
        for (int i = 0; i < phnum; i++) {
            int h = (int) (phoff + 56L * i);
            segments.add(new Segment(buf.getInt(h), buf.getInt(h + 4), buf.getLong(h + 8), buf.getLong(h + 16),
                    buf.getLong(h + 32), buf.getLong(h + 40)));
        }
        long shoff = buf.getLong(0x28);
        int shnum = Short.toUnsignedInt(buf.getShort(0x3c));
        int shstrndx = Short.toUnsignedInt(buf.getShort(0x3e));
        long shstrOffset = buf.getLong((int) (shoff + 64L * shstrndx + 0x18));
        for (int i = 0; i < shnum; i++) {
            int h = (int) (shoff + 64L * i);
            sections.add(new Section(string(shstrOffset + buf.getInt(h)), buf.getInt(h + 4), buf.getLong(h + 0x10),
                    buf.getLong(h + 0x18), buf.getLong(h + 0x20)));
        }
        Section symtab = section(".symtab");
        Section strtab = section(".strtab");
        for (long at = symtab.offset() + 24; at < symtab.offset() + symtab.size(); at += 24) {
            int e = (int) at;
            Sym s = new Sym(string(strtab.offset() + buf.getInt(e)), buf.getLong(e + 8), buf.getLong(e + 16),
                    Byte.toUnsignedInt(buf.get(e + 4)), Short.toUnsignedInt(buf.getShort(e + 6)));
            symbols.put(s.name(), s);
        }
    }

    Section section(String name) {
        return sections.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    /** The 8 bytes at a virtual address inside a loaded section. */
    long u64At(long address) {
        Section s = sections.stream().filter(x -> x.address() != 0 && x.address() <= address && address < x.address() + x.size())
                .findFirst().orElseThrow();
        return buf.getLong((int) (s.offset() + address - s.address()));
    }

    long entry() {
        return buf.getLong(0x18);
    }

    private String string(long offset) {
        int end = (int) offset;
        while (buf.get(end) != 0) end++;
        byte[] b = new byte[end - (int) offset];
        buf.get((int) offset, b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
