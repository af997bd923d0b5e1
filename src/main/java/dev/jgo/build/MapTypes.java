package dev.jgo.build;

import dev.jgo.types.Sizes;
import dev.jgo.types.Type;

/**
 * The layout of runtime.maptype (map.go) and of a map's slots. After the 48-byte _type a map
 * type's descriptor holds the key and element descriptors (gc's places), then — where gc has
 * its bucket type, hasher and sizes — the key's hash and equality functions (closures) and the
 * slot layout: a slot is a hash word, the key, the element, padded to 8 bytes.
 */
final class MapTypes {
    private MapTypes() {}

    /** Offsets of maptype's fields (MapsLayoutTest checks them against the runtime's declaration). */
    static final int KEY = 48, ELEM = 56, HASHER = 64, KEYEQUAL = 72, ELEMOFF = 80, SLOTSIZE = 84, SIZE = 88;
    /** The key's offset in a slot, after the hash word. */
    static final int SLOT_KEY = 8;

    /** The element's offset in a slot of map type m. */
    static long elemOffset(Type.Map m) {
        return roundUp(SLOT_KEY + Sizes.sizeof(m.key()), Math.max(1, Sizes.alignof(m.elem())));
    }

    /** The size of a slot of map type m. */
    static long slotSize(Type.Map m) {
        return roundUp(elemOffset(m) + Sizes.sizeof(m.elem()), 8);
    }

    private static long roundUp(long n, long to) {
        return (n + to - 1) / to * to;
    }
}
