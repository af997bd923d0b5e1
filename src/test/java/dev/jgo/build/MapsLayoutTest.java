package dev.jgo.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jgo.syntax.Diagnostics;
import dev.jgo.syntax.Pos;
import dev.jgo.types.Package;
import dev.jgo.types.Sizes;
import dev.jgo.types.Type;
import dev.jgo.types.Universe;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The compiler's picture of the runtime's map structures matches their Go declarations in
 * src/main/go/runtime/map.go: maptype's field offsets (what map type descriptors hold) and the
 * layout of slots.
 */
class MapsLayoutTest {
    static Package runtime() {
        Diagnostics d = new Diagnostics();
        Package p = Loader.standard(d).importPackage("runtime", Pos.NONE);
        assertEquals(List.of(), d.sorted());
        return p;
    }

    @Test
    void maptypeFieldsAreWhereDescriptorsPutThem() {
        Type.Struct st = (Type.Struct) runtime().scope().lookup("maptype").type().underlying();
        long[] offs = Sizes.offsetsof(st);
        List<String> names = st.fields().stream().map(f -> f.name()).toList();
        assertEquals(List.of("typ", "key", "elem", "hasher", "keyequal", "elemoff", "slotsize"), names);
        assertEquals(List.of(0L, (long) MapTypes.KEY, (long) MapTypes.ELEM, (long) MapTypes.HASHER,
                (long) MapTypes.KEYEQUAL, (long) MapTypes.ELEMOFF, (long) MapTypes.SLOTSIZE),
                Arrays.stream(offs).boxed().toList());
        assertEquals(MapTypes.SIZE, Sizes.sizeof(st));
    }

    @Test
    void slotsKeepTheElementAligned() {
        Type.Map m = new Type.Map(Universe.UINT8, Universe.INT64);
        assertEquals(16, MapTypes.elemOffset(m));
        assertEquals(24, MapTypes.slotSize(m));
        Type.Map s = new Type.Map(Universe.STRING, Universe.BOOL);
        assertEquals(24, MapTypes.elemOffset(s));
        assertEquals(32, MapTypes.slotSize(s));
    }
}
