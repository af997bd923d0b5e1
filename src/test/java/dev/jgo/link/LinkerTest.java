package dev.jgo.link;

import dev.jgo.obj.Abi;
import dev.jgo.obj.FuncInfo;
import dev.jgo.obj.RelocType;
import dev.jgo.obj.SymFlag;
import dev.jgo.obj.SymKind;
import dev.jgo.obj.SymRef;
import dev.jgo.obj.Symbol;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.jgo.link.Programs.ENTRY;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinkerTest {
    private static final SymRef F = SymRef.func("main.f", Abi.INTERNAL);
    private static final SymRef F0 = SymRef.func("main.f", Abi.ABI0);

    private static byte[] link(List<Symbol> syms) throws LinkError {
        return Linker.link(syms, List.of(ENTRY));
    }

    private static List<String> problems(List<Symbol> syms) {
        return assertThrows(LinkError.class, () -> link(syms)).problems();
    }

    /** An entry point that calls each target. */
    private static Symbol entryCalling(SymRef... targets) {
        MachineCode c = new MachineCode();
        for (SymRef t : targets) c.call(t);
        return Programs.text(ENTRY, c.ret(), FuncInfo.NONE);
    }

    private static Symbol ret(SymRef ref, SymFlag... flags) {
        return Programs.text(ref, new MachineCode().ret(), FuncInfo.NONE, flags);
    }

    @Test
    void sameInputGivesSameBytes() throws Exception {
        assertArrayEquals(link(Programs.hello()), link(Programs.hello()));
    }

    @Test
    void entryIsTheFirstFunctionAtGcsTextAddress() throws Exception {
        ElfReader elf = new ElfReader(link(Programs.hello()));
        assertEquals(0x401000, elf.entry());
        assertEquals(0x401000, elf.symbols.get("_rt0_amd64_linux").value());
        assertEquals(0x401000, elf.section(".text").address());
    }

    @Test
    void unreachableSymbolsAreDropped() throws Exception {
        ElfReader elf = new ElfReader(link(Programs.hello()));
        assertFalse(elf.symbols.containsKey("main.unused"));
        assertFalse(elf.symbols.containsKey("main.unusedvar"));
        assertEquals(0, elf.section(".bss").size());
        assertTrue(elf.symbols.containsKey("main.saved"));
    }

    @Test
    void sectionMarkersAreRelocationTargets() throws Exception {
        MachineCode table = new MachineCode()
                .field(RelocType.ADDR64, SymRef.data("runtime.etext"), 0)
                .field(RelocType.ADDR64, SymRef.data("runtime.end"), 0);
        MachineCode rt0 = new MachineCode()
                .bytes(0x48, 0x8b, 0x05).field(RelocType.PCREL32, SymRef.data("runtime.table"), -4)
                .bytes(0x48, 0x8b, 0x05).field(RelocType.PCREL32, SymRef.data("runtime.zero"), -4)
                .ret();
        ElfReader elf = new ElfReader(link(List.of(
                Programs.text(ENTRY, rt0, FuncInfo.NONE),
                Symbol.data("runtime.table", SymKind.DATA, 8, table.code(), table.relocs()),
                Symbol.bss("runtime.zero", SymKind.NOPTRBSS, 8, 100))));
        long table0 = elf.symbols.get("runtime.table").value();
        assertEquals(elf.symbols.get("runtime.etext").value(), elf.u64At(table0));
        assertEquals(elf.section(".text").address() + elf.section(".text").size(), elf.u64At(table0));
        assertEquals(elf.symbols.get("runtime.zero").value() + 100, elf.u64At(table0 + 8));
    }

    @Test
    void bothAbisOfOneNameGetTheAbi0Suffix() throws Exception {
        ElfReader elf = new ElfReader(link(List.of(entryCalling(F, F0), ret(F), ret(F0))));
        assertTrue(elf.symbols.containsKey("main.f"));
        assertTrue(elf.symbols.containsKey("main.f.abi0"));
        assertTrue(elf.symbols.get("main.f").value() < elf.symbols.get("main.f.abi0").value(), "definition order kept");
    }

    @Test
    void anAbi0FunctionAloneKeepsItsName() throws Exception {
        ElfReader elf = new ElfReader(link(List.of(entryCalling(F0), ret(F0))));
        assertTrue(elf.symbols.containsKey("main.f"));
        assertFalse(elf.symbols.containsKey("main.f.abi0"));
    }

    /** gc's linker looks the other ABI up among all loaded symbols, live or not. */
    @Test
    void anAbi0FunctionIsRenamedWhenTheOtherAbiIsDefinedButDead() throws Exception {
        ElfReader elf = new ElfReader(link(List.of(entryCalling(F0), ret(F0), ret(F))));
        assertTrue(elf.symbols.containsKey("main.f.abi0"));
        assertFalse(elf.symbols.containsKey("main.f"));
    }

    @Test
    void anAbi0FunctionExportedToCKeepsItsNameAndTheOtherIsRenamed() throws Exception {
        ElfReader elf = new ElfReader(link(List.of(entryCalling(F, F0), ret(F), ret(F0, SymFlag.CGO_EXPORT))));
        assertTrue(elf.symbols.containsKey("main.f.abiinternal"));
        assertTrue(elf.symbols.get("main.f").value() > elf.symbols.get("main.f.abiinternal").value());
        assertFalse(elf.symbols.containsKey("main.f.abi0"));
    }

    @Test
    void localSymbolsComeFirstAndStayLocal() throws Exception {
        ElfReader elf = new ElfReader(link(List.of(entryCalling(F), ret(F, SymFlag.LOCAL))));
        assertEquals(0, elf.symbols.get("main.f").info() >> 4, "STB_LOCAL");
        assertEquals(1, elf.symbols.get("_rt0_amd64_linux").info() >> 4, "STB_GLOBAL");
    }

    @Test
    void reachableUndefinedTargetIsAnError() {
        assertEquals(List.of("_rt0_amd64_linux: relocation target main.f not defined"),
                problems(List.of(entryCalling(F, F))));
    }

    @Test
    void wrongAbiSaysWhichAbiExists() {
        assertEquals(List.of("_rt0_amd64_linux: relocation target main.f not defined for ABIInternal (but is defined for ABI0)"),
                problems(List.of(entryCalling(F), ret(F0))));
    }

    @Test
    void unreachableUndefinedTargetIsFine() throws Exception {
        Symbol g = Programs.text(SymRef.func("main.g", Abi.INTERNAL), new MachineCode().call(F), FuncInfo.NONE);
        assertFalse(new ElfReader(link(List.of(entryCalling(), g))).symbols.containsKey("main.g"));
    }

    @Test
    void missingEntryIsAnError() {
        assertEquals(List.of("entry symbol _rt0_amd64_linux<ABI0> not defined"), problems(List.of(ret(F))));
    }

    @Test
    void duplicateDefinitionIsAnErrorUnlessDupok() throws Exception {
        assertEquals(List.of("duplicated definition of symbol main.f"), problems(List.of(entryCalling(F), ret(F), ret(F))));
        ElfReader elf = new ElfReader(link(List.of(entryCalling(F), ret(F, SymFlag.DUPOK), ret(F, SymFlag.DUPOK))));
        assertTrue(elf.symbols.containsKey("main.f"));
    }

    @Test
    void sectionMarkersCannotBeRedefined() {
        assertEquals(List.of("duplicated definition of symbol runtime.text"),
                problems(List.of(entryCalling(), Symbol.data("runtime.text", SymKind.RODATA, 1, new byte[1], List.of()))));
    }

    @Test
    void addressesBeyondTheirFieldAreErrors() {
        MachineCode rt0 = new MachineCode()
                .bytes(0x8b, 0x3c, 0x25).field(RelocType.ADDR32, SymRef.data("main.far"), 0)
                .bytes(0x8b, 0x3d).field(RelocType.PCREL32, SymRef.data("main.far"), -4);
        MachineCode keep = new MachineCode().field(RelocType.ADDR64, SymRef.data("main.huge"), 0);
        List<Symbol> syms = List.of(
                Programs.text(ENTRY, rt0, FuncInfo.NONE),
                Symbol.bss("main.huge", SymKind.BSS, 8, 3L << 30),
                Symbol.bss("main.far", SymKind.NOPTRBSS, 8, 8),
                Symbol.data("main.keep", SymKind.DATA, 8, keep.code(), keep.relocs()));
        List<String> problems = assertThrows(LinkError.class,
                () -> Linker.link(syms, List.of(ENTRY, SymRef.data("main.keep")))).problems();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("_rt0_amd64_linux: non-pc-relative relocation address for main.far is too big: 0x"),
                problems.get(0));
        assertTrue(problems.get(1).startsWith("_rt0_amd64_linux: pc-relative relocation address for main.far is too big: 0x"),
                problems.get(1));
    }
}
