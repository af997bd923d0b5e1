package dev.jgo.abi.dynamic;

import dev.jgo.obj.Reloc;
import dev.jgo.obj.SymKind;
import dev.jgo.obj.SymRef;
import dev.jgo.obj.Symbol;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Links some functions of a compiled jgo program, with the data they refer to, into one image that
 * a process built by gc maps at a fixed address and calls into. The image starts with the number
 * of entry functions and their addresses (8 bytes each), then the symbols, each at its alignment.
 * A relocation may target a symbol of the image or one of the given external symbols (code of
 * the gc process at a known address, such as runtime.duffcopy); anything else — another function
 * of jgo's program, its runtime above all — makes the link fail, because the image must run
 * without jgo's runtime.
 */
final class CodeImage {
    /** A symbol the image needs but cannot hold. */
    static final class Unresolved extends Exception {
        Unresolved(String message) {
            super(message);
        }
    }

    private CodeImage() {}

    /** The image of entries and what they use, linked to run at base. */
    static byte[] link(List<Symbol> program, List<SymRef> entries, Map<String, Long> external, long base) throws Unresolved {
        Map<SymRef, Symbol> byRef = new HashMap<>();
        for (Symbol s : program) byRef.put(s.ref(), s);
        Map<SymRef, Symbol> included = new LinkedHashMap<>();
        Deque<Symbol> work = new ArrayDeque<>();
        for (SymRef e : entries) {
            Symbol s = byRef.get(e);
            if (s == null) throw new Unresolved("no function " + e);
            included.put(e, s);
            work.add(s);
        }
        while (!work.isEmpty()) {
            Symbol s = work.removeFirst();
            for (Reloc r : s.relocs()) {
                if (external.containsKey(r.target().name()) || included.containsKey(r.target())) continue;
                Symbol t = byRef.get(r.target());
                if (t == null || t.kind() == SymKind.TEXT) {
                    throw new Unresolved(s.ref().name() + " refers to " + r.target() + ", which the image cannot hold");
                }
                included.put(t.ref(), t);
                work.add(t);
            }
        }

        Map<SymRef, Long> address = new HashMap<>();
        long at = base + 8 + 8L * entries.size();
        for (Symbol s : included.values()) {
            at = roundUp(at, Math.max(1, s.align()));
            address.put(s.ref(), at);
            at += s.size();
        }
        byte[] image = new byte[(int) (at - base)];
        put(image, 0, 8, entries.size());
        for (int i = 0; i < entries.size(); i++) put(image, 8 + 8 * i, 8, address.get(entries.get(i)));
        for (Symbol s : included.values()) {
            int offset = (int) (address.get(s.ref()) - base);
            byte[] content = s.content();
            if (content != null) System.arraycopy(content, 0, image, offset, content.length);
            for (Reloc r : s.relocs()) {
                long target = external.containsKey(r.target().name()) ? external.get(r.target().name()) : address.get(r.target());
                long place = address.get(s.ref()) + r.offset();
                long value = target + r.addend() - (r.type().isPcRelative() ? place : 0);
                if (r.type().size() == 4 && value != (int) value) {
                    throw new Unresolved(s.ref().name() + ": " + r + " does not reach " + Long.toHexString(target));
                }
                put(image, offset + r.offset(), r.type().size(), value);
            }
        }
        return image;
    }

    private static long roundUp(long v, long align) {
        return (v + align - 1) / align * align;
    }

    private static void put(byte[] out, int at, int size, long value) {
        for (int i = 0; i < size; i++) out[at + i] = (byte) (value >>> (8 * i));
    }
}
