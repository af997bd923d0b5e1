package dev.jgo.asm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jgo.obj.Abi;
import dev.jgo.obj.Reloc;
import dev.jgo.obj.RelocType;
import dev.jgo.obj.SymFlag;
import dev.jgo.obj.SymKind;
import dev.jgo.obj.SymRef;
import dev.jgo.obj.Symbol;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The symbols the assembler hands to the linker: kinds, flags, contents, relocations, metadata. */
class SymbolsTest {
    private static Map<SymRef, Symbol> symbols(String file, String pkg, boolean runtime) {
        AsmRunner.Outcome o = AsmRunner.assemble(Path.of("testdata/asm", file), pkg, runtime);
        assertEquals(List.of(), o.errors());
        return o.result().symbols().stream().collect(Collectors.toMap(Symbol::ref, Function.identity()));
    }

    @Test
    void dataKindsFollowGlobalFlags() {
        Map<SymRef, Symbol> s = symbols("data.s", "example.com/p", false);
        assertEquals(SymKind.NOPTRDATA, s.get(SymRef.data("example.com/p.bytes")).kind());
        assertEquals(SymKind.DATA, s.get(SymRef.data("example.com/p.words")).kind());
        assertEquals(SymKind.RODATA, s.get(SymRef.data("example.com/p.text<data.s>")).kind());
        assertEquals(SymKind.BSS, s.get(SymRef.data("example.com/p.zeroed")).kind());
        assertEquals(SymKind.NOPTRBSS, s.get(SymRef.data("example.com/p.zeroednoptr")).kind());
        assertEquals(SymKind.RODATA, s.get(SymRef.data("example.com/p.ro")).kind());
        assertEquals(4, s.get(SymRef.data("example.com/p.ro")).size());
        assertEquals(64, s.get(SymRef.data("example.com/p.zeroed")).size());
    }

    @Test
    void dataContentIsLittleEndianWithStringsAndFloats() {
        Map<SymRef, Symbol> s = symbols("data.s", "p", false);
        assertArrayEquals(new byte[] {0x11, 0x22, 0x44, 0x33, (byte) 0x88, 0x77, 0x66, 0x55}, s.get(SymRef.data("p.bytes")).content());
        assertEquals("hello, world\n", new String(s.get(SymRef.data("p.text<data.s>")).content(), StandardCharsets.UTF_8));
        byte[] floats = s.get(SymRef.data("p.floats")).content();
        assertEquals(1.5, java.nio.ByteBuffer.wrap(floats, 0, 8).order(java.nio.ByteOrder.LITTLE_ENDIAN).getDouble());
        assertEquals(-2.25f, java.nio.ByteBuffer.wrap(floats, 8, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getFloat());
    }

    @Test
    void staticSymbolsAreLocalAndDupokIsKept() {
        Symbol text = symbols("data.s", "p", false).get(SymRef.data("p.text<data.s>"));
        assertTrue(text.has(SymFlag.LOCAL));
        assertTrue(text.has(SymFlag.DUPOK));
    }

    @Test
    void fileStaticSymbolsOfTwoFilesStayApart() {
        Map<SymRef, Symbol> other = symbols("static.s", "p", false);
        assertTrue(other.containsKey(SymRef.data("p.text<static.s>")));
        assertTrue(other.get(SymRef.func("p.helper<static.s>", Abi.ABI0)).has(SymFlag.LOCAL));
        assertEquals(List.of(SymRef.data("p.text<static.s>"), SymRef.func("p.helper<static.s>", Abi.ABI0)),
                other.get(SymRef.func("p.user", Abi.ABI0)).relocs().stream().map(Reloc::target).toList());
    }

    @Test
    void addressesInDataResolveToFunctionsOrData() {
        Symbol words = symbols("data.s", "p", false).get(SymRef.data("p.words"));
        assertEquals(List.of(new Reloc(8, RelocType.ADDR64, SymRef.func("p.fn", Abi.ABI0), 0),
                new Reloc(16, RelocType.ADDR64, SymRef.data("p.bytes"), 4)), words.relocs());
    }

    @Test
    void functionsCarryFlagsFrameAndArgSizes() {
        Map<SymRef, Symbol> s = symbols("frames.s", "main", false);
        Symbol add = s.get(SymRef.func("main.add", Abi.ABI0));
        assertTrue(add.has(SymFlag.NOSPLIT));
        assertEquals(24, add.func().argsSize());
        assertEquals(0, add.func().frameSize());
        Symbol caller = s.get(SymRef.func("main.caller136", Abi.ABI0));
        assertTrue(!caller.has(SymFlag.NOSPLIT));
        assertEquals(136, caller.func().frameSize());
        assertTrue(caller.relocs().contains(new Reloc(caller.relocs().getLast().offset(), RelocType.CALL,
                SymRef.func("runtime.morestack_noctxt", Abi.ABI0), -4)));
        Symbol flags = s.get(SymRef.func("main.flags", Abi.ABI0));
        assertTrue(flags.has(SymFlag.DUPOK) && flags.has(SymFlag.WRAPPER) && flags.has(SymFlag.TOPFRAME));
        assertTrue(s.get(SymRef.func("main.numericflags", Abi.ABI0)).has(SymFlag.DUPOK));
    }

    @Test
    void stackCheckLoadsGFromTheWordBelowTheFsBase() {
        Symbol caller = symbols("frames.s", "main", false).get(SymRef.func("main.caller", Abi.ABI0));
        byte[] movR14FsMinus8 = {0x64, 0x4C, (byte) 0x8B, 0x34, 0x25, (byte) 0xF8, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF};
        assertArrayEquals(movR14FsMinus8, java.util.Arrays.copyOf(caller.content(), 9));
        assertTrue(caller.relocs().stream().noneMatch(r -> r.offset() < 9), caller.relocs()::toString);
    }

    @Test
    void lineTableMapsCodeToSourceLines() {
        Symbol add = symbols("frames.s", "main", false).get(SymRef.func("main.add", Abi.ABI0));
        assertEquals("testdata/asm/frames.s:6", add.func().lines().at(0).orElseThrow().toString());
        assertEquals("testdata/asm/frames.s:10", add.func().lines().at((int) add.size() - 1).orElseThrow().toString());
    }

    @Test
    void abiSelectorsInRuntime() {
        Map<SymRef, Symbol> s = symbols("runtime.s", "runtime", true);
        assertTrue(s.containsKey(SymRef.func("runtime.internalfn", Abi.INTERNAL)));
        List<Reloc> relocs = s.get(SymRef.func("runtime.caller", Abi.ABI0)).relocs();
        assertEquals(List.of(SymRef.func("runtime.internalfn", Abi.INTERNAL), SymRef.func("runtime.internalfn", Abi.ABI0),
                SymRef.func("runtime.internalfn", Abi.INTERNAL)), relocs.stream().map(Reloc::target).toList());
        assertEquals(SymRef.func("runtime.internalfn", Abi.INTERNAL), s.get(SymRef.data("runtime.mainPC")).relocs().getFirst().target());
    }

    @Test
    void emptyPackagePathMeansTheCurrentPackage() {
        Map<SymRef, Symbol> s = symbols("emptypkg.s", "example.com/q", false);
        List<Reloc> relocs = s.get(SymRef.func("example.com/q.f", Abi.ABI0)).relocs();
        assertEquals(List.of(SymRef.data("example.com/q.v"), SymRef.data("example.com/q.v"), SymRef.data("example.com/q.v"),
                SymRef.func("example.com/q.f", Abi.ABI0)), relocs.stream().map(Reloc::target).toList());
        assertTrue(s.containsKey(SymRef.data("example.com/q.v")));
    }

    @Test
    void floatImmediatesBecomeSharedReadOnlyConstants() {
        Map<SymRef, Symbol> s = symbols("insns.s", "main", false);
        Symbol f64 = s.get(SymRef.data("$f64.3ff8000000000000"));
        Symbol f32 = s.get(SymRef.data("$f32.40200000"));
        assertEquals(SymKind.RODATA, f64.kind());
        assertTrue(f64.has(SymFlag.DUPOK));
        assertEquals(8, f64.size());
        assertEquals(4, f32.size());
    }
}
