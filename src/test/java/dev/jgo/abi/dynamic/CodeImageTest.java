package dev.jgo.abi.dynamic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jgo.obj.Abi;
import dev.jgo.obj.FuncInfo;
import dev.jgo.obj.Reloc;
import dev.jgo.obj.RelocType;
import dev.jgo.obj.SymKind;
import dev.jgo.obj.SymRef;
import dev.jgo.obj.Symbol;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The image of the dynamic check: header, placement, relocations, and what it refuses to hold. */
class CodeImageTest {
    private static final long BASE = 0x10000000L;
    private static final long DUFFCOPY = 0x461000L;

    /** F: LEAQ data(IP), AX (7 bytes); CALL runtime.duffcopy+14 (5 bytes); RET. */
    private static final Symbol F = Symbol.text("main.F", Abi.INTERNAL,
            new byte[] {0x48, (byte) 0x8d, 0x05, 0, 0, 0, 0, (byte) 0xe8, 0, 0, 0, 0, (byte) 0xc3},
            List.of(new Reloc(3, RelocType.PCREL32, SymRef.data("main.data"), -4),
                    new Reloc(8, RelocType.CALL, SymRef.func("runtime.duffcopy", Abi.INTERNAL), 14 - 4)),
            FuncInfo.NONE);
    /** 8-aligned data holding its own address. */
    private static final Symbol DATA = Symbol.data("main.data", SymKind.RODATA, 8, new byte[8],
            List.of(new Reloc(0, RelocType.ADDR64, SymRef.data("main.data"), 0)));

    @Test
    void entriesAndDataAreRelocatedForTheBase() throws Exception {
        ByteBuffer image = ByteBuffer.wrap(CodeImage.link(List.of(DATA, F), List.of(F.ref()),
                Map.of("runtime.duffcopy", DUFFCOPY), BASE)).order(ByteOrder.LITTLE_ENDIAN);
        long f = BASE + 16; // after the count and one entry
        long data = BASE + 32; // F's 13 bytes, then 8-alignment
        assertEquals(1, image.getLong(0));
        assertEquals(f, image.getLong(8));
        assertEquals(data - (f + 7), image.getInt(16 + 3), "LEAQ reaches the data");
        assertEquals(DUFFCOPY + 14 - (f + 12), image.getInt(16 + 8), "CALL reaches gc's duffcopy+14");
        assertEquals(data, image.getLong(32), "data holds its own address");
        assertEquals(40, image.capacity());
    }

    @Test
    void aCallIntoJgosRuntimeCannotBeHeld() {
        Symbol g = Symbol.text("main.G", Abi.INTERNAL, new byte[] {(byte) 0xe8, 0, 0, 0, 0},
                List.of(new Reloc(1, RelocType.CALL, SymRef.func("runtime.morestack_noctxt", Abi.ABI0), -4)), FuncInfo.NONE);
        Symbol morestack = Symbol.text("runtime.morestack_noctxt", Abi.ABI0, new byte[] {(byte) 0xc3}, List.of(), FuncInfo.NONE);
        var e = assertThrows(CodeImage.Unresolved.class,
                () -> CodeImage.link(List.of(g, morestack), List.of(g.ref()), Map.of(), BASE));
        assertEquals("main.G refers to runtime.morestack_noctxt<ABI0>, which the image cannot hold", e.getMessage());
    }
}
