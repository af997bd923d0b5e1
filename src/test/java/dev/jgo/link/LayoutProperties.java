package dev.jgo.link;

import dev.jgo.obj.FuncInfo;
import dev.jgo.obj.RelocType;
import dev.jgo.obj.SymKind;
import dev.jgo.obj.SymRef;
import dev.jgo.obj.Symbol;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * For arbitrary sets of data symbols whose first words point at one another: every symbol lands
 * aligned, inside the section of its kind, without overlapping its neighbours, every pointer
 * holds its target's address plus addend, and linking twice gives the same bytes.
 */
class LayoutProperties {
    /** A generated data symbol: kind, alignment, size, and the symbol its first word points to. */
    record Shape(SymKind kind, int align, int size, int target, int addend) {}

    @Provide
    Arbitrary<List<Shape>> programs() {
        Arbitrary<Shape> shape = Combinators.combine(
                Arbitraries.of(SymKind.RODATA, SymKind.NOPTRDATA, SymKind.DATA, SymKind.BSS, SymKind.NOPTRBSS),
                Arbitraries.of(1, 2, 4, 8, 16, 64),
                Arbitraries.integers().between(8, 300),
                Arbitraries.integers().between(0, 1000),
                Arbitraries.integers().between(-16, 16)).as(Shape::new);
        return shape.list().ofMinSize(1).ofMaxSize(30);
    }

    @Property(tries = 60)
    void layoutIsAlignedDisjointAndRelocated(@ForAll("programs") List<Shape> shapes) throws Exception {
        List<Symbol> syms = symbols(shapes);
        byte[] image = Linker.link(syms, List.of(Programs.ENTRY));
        assertArrayEquals(image, Linker.link(syms, List.of(Programs.ENTRY)));
        ElfReader elf = new ElfReader(image);

        long previousEnd = 0;
        for (SymKind kind : SymKind.values()) {
            ElfReader.Section sec = elf.section("." + kind.name().toLowerCase(java.util.Locale.ROOT));
            assertTrue(sec.address() >= previousEnd, "sections in order");
            long end = sec.address();
            for (int i = 0; i < shapes.size(); i++) {
                Shape s = shapes.get(i);
                if (s.kind() != kind) continue;
                ElfReader.Sym sym = elf.symbols.get(name(i));
                assertEquals(0, sym.value() % s.align(), sym.name() + " aligned");
                assertTrue(sym.value() >= end, sym.name() + " after its predecessor");
                end = sym.value() + s.size();
                if (kind.hasContent()) {
                    ElfReader.Sym target = elf.symbols.get(name(targetOf(shapes, i)));
                    assertEquals(target.value() + s.addend(), elf.u64At(sym.value()), sym.name() + " pointer");
                }
            }
            assertTrue(end <= sec.address() + sec.size(), kind + " holds its symbols");
            previousEnd = sec.address() + sec.size();
        }
    }

    private static List<Symbol> symbols(List<Shape> shapes) {
        List<Symbol> syms = new ArrayList<>();
        MachineCode rt0 = new MachineCode();
        for (int i = 0; i < shapes.size(); i++) {
            rt0.bytes(0x48, 0x8d, 0x05).field(RelocType.PCREL32, SymRef.data(name(i)), -4);
        }
        syms.add(Programs.text(Programs.ENTRY, rt0.ret(), FuncInfo.NONE));
        for (int i = 0; i < shapes.size(); i++) {
            Shape s = shapes.get(i);
            if (!s.kind().hasContent()) {
                syms.add(Symbol.bss(name(i), s.kind(), s.align(), s.size()));
                continue;
            }
            MachineCode data = new MachineCode().field(RelocType.ADDR64, SymRef.data(name(targetOf(shapes, i))), s.addend());
            data.bytes(new int[s.size() - 8]);
            syms.add(Symbol.data(name(i), s.kind(), s.align(), data.code(), data.relocs()));
        }
        return syms;
    }

    private static int targetOf(List<Shape> shapes, int i) {
        return shapes.get(i).target() % shapes.size();
    }

    private static String name(int i) {
        return "main.v" + i;
    }
}
