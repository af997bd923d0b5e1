package dev.jgo.obj;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One unit the linker places: a function or a piece of data, with its content, its size and
 * alignment, the relocations to apply to its content and, for functions, their metadata.
 * Symbols of the bss kinds have a size but no content. Immutable: the content is copied in and
 * out.
 */
public record Symbol(SymRef ref, SymKind kind, Set<SymFlag> flags, int align, long size, byte[] content,
                     List<Reloc> relocs, FuncInfo func) {
    public Symbol {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(kind, "kind");
        flags = flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags));
        content = content.clone();
        relocs = List.copyOf(relocs);
        if ((kind == SymKind.TEXT) != ref.isFunc())
            throw new IllegalArgumentException(ref + ": only text symbols have an ABI");
        if ((kind == SymKind.TEXT) != (func != null))
            throw new IllegalArgumentException(ref + ": function metadata belongs to text symbols");
        if (align < 1 || Integer.bitCount(align) != 1)
            throw new IllegalArgumentException(ref + ": alignment " + align + " is not a power of two");
        if (kind.hasContent() ? content.length != size : content.length != 0 || !relocs.isEmpty() || size < 0)
            throw new IllegalArgumentException(ref + ": content does not match size " + size + " of a " + kind + " symbol");
        for (Reloc r : relocs) {
            if (r.end() > size) throw new IllegalArgumentException(ref + ": relocation " + r + " past the end");
        }
    }

    /** A function: machine code, its relocations and metadata. */
    public static Symbol text(String name, Abi abi, byte[] code, List<Reloc> relocs, FuncInfo func, SymFlag... flags) {
        return new Symbol(SymRef.func(name, abi), SymKind.TEXT, flagSet(flags), 1, code.length, code, relocs, func);
    }

    /** Initialized data of kind RODATA, NOPTRDATA or DATA. */
    public static Symbol data(String name, SymKind kind, int align, byte[] content, List<Reloc> relocs, SymFlag... flags) {
        return new Symbol(SymRef.data(name), kind, flagSet(flags), align, content.length, content, relocs, null);
    }

    /** Zero-initialized data of kind BSS or NOPTRBSS. */
    public static Symbol bss(String name, SymKind kind, int align, long size, SymFlag... flags) {
        return new Symbol(SymRef.data(name), kind, flagSet(flags), align, size, new byte[0], List.of(), null);
    }

    private static Set<SymFlag> flagSet(SymFlag[] flags) {
        return flags.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(flags));
    }

    public boolean has(SymFlag flag) {
        return flags.contains(flag);
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Symbol s && ref.equals(s.ref) && kind == s.kind && flags.equals(s.flags)
                && align == s.align && size == s.size && Arrays.equals(content, s.content)
                && relocs.equals(s.relocs) && Objects.equals(func, s.func);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ref, kind, flags, align, size, Arrays.hashCode(content), relocs, func);
    }

    @Override
    public String toString() {
        return ref + " " + kind + " size=" + size + (flags.isEmpty() ? "" : " " + flags);
    }
}
