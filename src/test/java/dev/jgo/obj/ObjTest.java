package dev.jgo.obj;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ObjTest {
    @Test
    void aFunctionIsIdentifiedByNameAndAbi() {
        assertNotEquals(SymRef.func("main.f", Abi.ABI0), SymRef.func("main.f", Abi.INTERNAL));
        assertNotEquals(SymRef.data("main.f"), SymRef.func("main.f", Abi.ABI0));
        assertEquals("main.f<ABIInternal>", SymRef.func("main.f", Abi.INTERNAL).toString());
        assertEquals("main.v", SymRef.data("main.v").toString());
    }

    @Test
    void pcValueTableKeepsOnlyChanges() {
        PcValueTable t = new PcValueTable.Builder().set(0, 5).set(3, 5).set(7, 6).set(7, 8).set(9, 8).build();
        assertEquals(List.of(new PcValueTable.Run(0, 5), new PcValueTable.Run(7, 8)), t.runs());
        assertEquals(5, t.valueAt(6));
        assertEquals(8, t.valueAt(100));
        assertEquals(PcValueTable.UNKNOWN, PcValueTable.EMPTY.valueAt(0));
        assertThrows(IllegalArgumentException.class, () -> new PcValueTable.Builder().set(4, 1).set(2, 1));
    }

    @Test
    void lineTableMapsPcsToFileAndLine() {
        LineTable t = new LineTable.Builder()
                .set(0, "a.go", 10).set(4, "a.go", 11).set(9, "b.go", 11).set(12, "a.go", 12).build();
        assertEquals(List.of("a.go", "b.go"), t.files());
        assertEquals(Optional.of(new SourceLine("a.go", 10)), t.at(3));
        assertEquals("b.go:11", t.at(10).orElseThrow().toString());
        assertEquals("a.go:12", t.at(40).orElseThrow().toString());
        assertEquals(List.of(0, 4, 9, 12), t.rows().stream().map(LineTable.Row::pc).toList());
        assertEquals(Optional.empty(), LineTable.EMPTY.at(0));
    }

    @Test
    void symbolsCheckTheirShape() {
        byte[] four = new byte[4];
        assertThrows(IllegalArgumentException.class,
                () -> new Symbol(SymRef.data("main.f"), SymKind.TEXT, java.util.Set.of(), 1, 4, four, List.of(), FuncInfo.NONE));
        assertThrows(IllegalArgumentException.class,
                () -> Symbol.data("main.v", SymKind.DATA, 3, four, List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> Symbol.data("main.v", SymKind.DATA, 4, four,
                        List.of(new Reloc(0, RelocType.ADDR64, SymRef.data("main.w"), 0))));
        Symbol bss = Symbol.bss("main.z", SymKind.BSS, 8, 1 << 20);
        assertEquals(0, bss.content().length);
        assertEquals(1 << 20, bss.size());
    }

    @Test
    void symbolContentCannotBeChangedFromOutside() {
        byte[] code = {(byte) 0xc3};
        Symbol s = Symbol.text("main.f", Abi.INTERNAL, code, List.of(), FuncInfo.NONE, SymFlag.NOSPLIT);
        code[0] = 0;
        s.content()[0] = 0;
        assertEquals((byte) 0xc3, s.content()[0]);
        assertEquals(s, Symbol.text("main.f", Abi.INTERNAL, new byte[] {(byte) 0xc3}, List.of(), FuncInfo.NONE, SymFlag.NOSPLIT));
    }
}
