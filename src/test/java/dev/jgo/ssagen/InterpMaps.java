package dev.jgo.ssagen;

import dev.jgo.types.Obj;
import dev.jgo.types.Sizes;
import dev.jgo.types.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The map functions of {@link Runtime#TABLE} for the interpreter. A map is a Java map from a
 * canonical form of the key (Go's == made Java's equals: +0 and -0 alike, every NaN different,
 * strings by content, interfaces by dynamic type and value, structs and arrays by their parts)
 * to the interpreter-memory cells of its key and element. The hmap is an 8-byte block holding
 * the count, which len reads. Iteration follows insertion order over a snapshot of the keys,
 * skipping the ones deleted since; programs must not depend on the order anyway.
 */
final class InterpMaps {
    private record Entry(long key, long elem) {}

    private record Iter(Map<Object, Entry> map, List<Object> keys, int[] pos) {}

    private final SsaInterp in;
    private final InterpMemory mem;
    private final Map<Long, Map<Object, Entry>> maps = new HashMap<>();
    private final Map<Long, Iter> iters = new HashMap<>();

    InterpMaps(SsaInterp in) {
        this.in = in;
        this.mem = in.memory;
    }

    /** The results of map function name, or null when name is not one. */
    Object[] call(String name, List<Object> a) {
        return switch (name) {
            case "runtime.makemap" -> {
                long h = mem.alloc(8);
                maps.put(h, new LinkedHashMap<>());
                yield new Object[] {h};
            }
            case "runtime.mapaccess1" -> new Object[] {access(type(a), (Long) a.get(1), (Long) a.get(2))[0]};
            case "runtime.mapaccess2" -> access(type(a), (Long) a.get(1), (Long) a.get(2));
            case "runtime.mapassign" -> new Object[] {assign(type(a), (Long) a.get(1), (Long) a.get(2))};
            case "runtime.mapdelete" -> {
                Type.Map t = type(a);
                long h = (Long) a.get(1);
                Object k = canon(t.key(), (Long) a.get(2));
                if (h != 0 && maps.get(h).remove(k) != null) mem.writeInt(h, 8, maps.get(h).size());
                yield new Object[0];
            }
            case "runtime.mapiterinit" -> {
                long h = (Long) a.get(1), it = (Long) a.get(2);
                Map<Object, Entry> m = h == 0 ? Map.of() : maps.get(h);
                iters.put(it, new Iter(m, new ArrayList<>(m.keySet()), new int[1]));
                yield next(it);
            }
            case "runtime.mapiternext" -> next((Long) a.get(0));
            default -> null;
        };
    }

    private Type.Map type(List<Object> a) {
        return (Type.Map) in.typeDescs.get((Long) a.get(0)).underlying();
    }

    private Object[] access(Type.Map t, long h, long key) {
        Entry e = h == 0 ? lookupNil(t, key) : maps.get(h).get(canon(t.key(), key));
        if (e == null) return new Object[] {mem.alloc(Math.max(1, Sizes.sizeof(t.elem()))), false};
        return new Object[] {e.elem(), true};
    }

    /** A nil map finds nothing, but the key is still hashed (an unhashable one panics). */
    private Entry lookupNil(Type.Map t, long key) {
        canon(t.key(), key);
        return null;
    }

    private long assign(Type.Map t, long h, long key) {
        if (h == 0) throw new GoPanic("assignment to entry in nil map");
        Map<Object, Entry> m = maps.get(h);
        long size = Sizes.sizeof(t.key());
        Entry e = m.computeIfAbsent(canon(t.key(), key), k -> new Entry(mem.alloc(Math.max(1, size)), mem.alloc(Math.max(1, Sizes.sizeof(t.elem())))));
        if (size > 0) mem.write(e.key(), mem.read(key, size));
        mem.writeInt(h, 8, m.size());
        return e.elem();
    }

    /** Moves iterator it to the next key still in the map: its key and element cells, or nil. */
    private Object[] next(long it) {
        Iter i = iters.get(it);
        while (i.pos()[0] < i.keys().size()) {
            Entry e = i.map().get(i.keys().get(i.pos()[0]++));
            if (e != null) {
                mem.writeInt(it, 8, e.key());
                mem.writeInt(it + 8, 8, e.elem());
                return new Object[0];
            }
        }
        mem.writeInt(it, 8, 0);
        return new Object[0];
    }

    /** The value of type t at addr as a Java object whose equals is Go's ==. */
    private Object canon(Type t, long addr) {
        Type u = t.underlying();
        switch (u) {
            case Type.Basic b when b.kind().isFloat() -> {
                return floatKey((Double) mem.load(t, addr));
            }
            case Type.Basic b when b.kind().isComplex() -> {
                SsaInterp.Cx c = (SsaInterp.Cx) mem.load(t, addr);
                return List.of(floatKey(c.re()), floatKey(c.im()));
            }
            case Type.Basic b when b.kind().isString() -> {
                return new String(mem.bytesOf((SsaInterp.Str) mem.load(t, addr)), StandardCharsets.ISO_8859_1);
            }
            case Type.Interface i -> {
                long word = mem.readInt(addr, 8), data = mem.readInt(addr + 8, 8);
                if (word == 0) return List.of();
                long typ = i.isEmpty() ? word : mem.readInt(word + 8, 8);
                Type dyn = in.typeDescs.get(typ);
                if (!Algs.comparable(dyn)) throw new GoPanic("runtime error: hash of unhashable type " + TypeNames.display(dyn));
                if (Kinds.isPointerLike(dyn)) return List.of(typ, data);
                return List.of(typ, canon(dyn, data));
            }
            case Type.Struct s -> {
                long[] offs = Sizes.offsetsof(s);
                List<Object> parts = new ArrayList<>();
                for (int i = 0; i < offs.length; i++) {
                    Obj.Var f = s.fields().get(i);
                    if (!f.name().equals("_")) parts.add(canon(f.type(), addr + offs[i]));
                }
                return parts;
            }
            case Type.Array a -> {
                List<Object> parts = new ArrayList<>();
                for (long i = 0; i < a.len(); i++) parts.add(canon(a.elem(), addr + i * Sizes.sizeof(a.elem())));
                return parts;
            }
            default -> {
                return mem.readInt(addr, (int) Sizes.sizeof(t));
            }
        }
    }

    /** +0 and -0 are one key; each NaN is a key of its own. */
    private static Object floatKey(double d) {
        if (Double.isNaN(d)) return new Object();
        return d == 0 ? 0.0 : d;
    }
}
