package dev.jgo.abi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jgo.abi.AbiType.Basic;
import dev.jgo.abi.AbiType.Field;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutTest {
    private static AbiType.Struct struct(AbiType... types) {
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < types.length; i++) fields.add(new Field("f" + i, types[i]));
        return new AbiType.Struct(fields);
    }

    @Test
    void basicSizesAndAlignments() {
        assertEquals(8, Layout.size(Basic.COMPLEX64));
        assertEquals(4, Layout.align(Basic.COMPLEX64));
        assertEquals(16, Layout.size(Basic.COMPLEX128));
        assertEquals(8, Layout.align(Basic.COMPLEX128));
        assertEquals(16, Layout.size(Basic.STRING));
        assertEquals(24, Layout.size(new AbiType.Slice(Basic.INT8)));
        assertEquals(16, Layout.size(AbiType.Interface.empty()));
        assertEquals(8, Layout.size(new AbiType.MapType(Basic.INT, Basic.STRING)));
    }

    @Test
    void finalZeroSizedFieldGetsAPaddingByte() {
        AbiType empty = struct();
        assertEquals(0, Layout.size(empty));
        assertEquals(0, Layout.size(struct(empty, new AbiType.Array(0, Basic.INT64))));
        assertEquals(16, Layout.size(struct(Basic.INT32, new AbiType.Array(0, Basic.INT64))));
        assertEquals(List.of(0L, 8L), Layout.fieldOffsets(struct(Basic.INT32, new AbiType.Array(0, Basic.INT64))));
        assertEquals(2, Layout.size(struct(Basic.INT8, empty)));
        assertEquals(1, Layout.size(struct(empty, Basic.INT8)));
    }

    @Test
    void fieldsAlignToTheirOwnAlignment() {
        AbiType.Struct s = struct(Basic.INT8, Basic.COMPLEX64, Basic.INT16, Basic.FLOAT64);
        assertEquals(List.of(0L, 4L, 12L, 16L), Layout.fieldOffsets(s));
        assertEquals(24, Layout.size(s));
        assertEquals(8, Layout.align(s));
        assertEquals(3, Layout.size(new AbiType.Array(3, Basic.BOOL)));
    }
}
