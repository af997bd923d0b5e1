package dev.jgo.build;

import dev.jgo.obj.Reloc;
import dev.jgo.obj.RelocType;
import dev.jgo.obj.SymRef;
import dev.jgo.obj.Symbol;
import dev.jgo.ssagen.Sym;
import dev.jgo.types.Sizes;
import dev.jgo.types.Type;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The descriptor of a map type, runtime.maptype: the _type header Statics writes, then the key
 * and element descriptors, the key's hash and equality functions (closures), and the layout of
 * a slot (a hash word, the key, the element, padded to 8), which the runtime's map code reads.
 */
final class MapTypes {
    /** Offsets of maptype's fields after the 48-byte _type (MapsLayoutTest checks them against the runtime). */
    static final int KEY = 48, ELEM = 56, HASHER = 64, KEYEQUAL = 72, ELEMOFF = 80, SLOTSIZE = 84, SIZE = 88;
    /** The key's offset in a slot, after the hash word. */
    static final int SLOT_KEY = 8;

    private final Statics statics;
    private final AlgFuncs algs;

    MapTypes(Statics statics, AlgFuncs algs) {
        this.statics = statics;
        this.algs = algs;
    }

    /** header (the _type part) extended into the maptype of m; the descriptors it points to are made too. */
    Symbol extend(Symbol header, Type.Map m) {
        byte[] b = Arrays.copyOf(header.content(), SIZE);
        long elemAlign = Math.max(1, Sizes.alignof(m.elem()));
        long elemOff = roundUp(SLOT_KEY + Sizes.sizeof(m.key()), elemAlign);
        put32(b, ELEMOFF, elemOff);
        put32(b, SLOTSIZE, roundUp(elemOff + Sizes.sizeof(m.elem()), 8));
        List<Reloc> relocs = new ArrayList<>(header.relocs());
        relocs.add(new Reloc(KEY, RelocType.ADDR64, descriptor(m.key()), 0));
        relocs.add(new Reloc(ELEM, RelocType.ADDR64, descriptor(m.elem()), 0));
        relocs.add(new Reloc(HASHER, RelocType.ADDR64, algs.hashClosure(m.key()), 0));
        relocs.add(new Reloc(KEYEQUAL, RelocType.ADDR64, algs.equalClosure(m.key()), 0));
        return new Symbol(header.ref(), header.kind(), header.flags(), header.align(), SIZE, b, relocs, header.func());
    }

    private SymRef descriptor(Type t) {
        Sym.TypeDesc d = new Sym.TypeDesc(t);
        statics.refer(d);
        return SymRef.data(d.toString());
    }

    private static long roundUp(long n, long to) {
        return (n + to - 1) / to * to;
    }

    private static void put32(byte[] b, int off, long v) {
        for (int i = 0; i < 4; i++) b[off + i] = (byte) (v >>> (8 * i));
    }
}
