package dev.jgo.link;

import dev.jgo.testing.GoOracle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Compares the executable's shape with one gc 1.19's linker writes for a tiny program. */
class GcLayoutTest {
    private static final int PT_LOAD = 1;

    @TempDir
    static Path dir;
    static ElfReader gc;
    static ElfReader jgo;

    @BeforeAll
    static void link() throws Exception {
        assumeTrue(GoOracle.go().isPresent(), "gc 1.19 not installed");
        Files.writeString(dir.resolve("hello.go"), "package main\n\nfunc main() { println(\"hi\") }\n");
        Proc p = Proc.run(dir, GoOracle.go().get().toString(), "build", "-o", "hello-gc", "hello.go");
        assertEquals(0, p.status(), p.err());
        gc = new ElfReader(Files.readAllBytes(dir.resolve("hello-gc")));
        jgo = new ElfReader(Linker.link(Programs.hello(), List.of(Programs.ENTRY)));
    }

    @Test
    void textStartsAtTheSameAddress() {
        assertEquals(gc.section(".text").address(), jgo.section(".text").address());
    }

    @Test
    void loadSegmentsHaveTheSameFlagsInTheSameOrderAndPageCongruentOffsets() {
        assertEquals(loadFlags(gc), loadFlags(jgo));
        for (ElfReader elf : List.of(gc, jgo)) {
            for (ElfReader.Segment s : loads(elf)) assertEquals(s.address() - 0x400000, s.offset(), s.toString());
        }
    }

    @Test
    void loadedSectionsHaveGcsNamesAndOrder() {
        List<String> ours = jgo.sections.stream().filter(s -> s.address() != 0).map(ElfReader.Section::name).toList();
        List<String> theirs = gc.sections.stream().filter(s -> ours.contains(s.name()))
                .sorted((a, b) -> Long.compare(a.address(), b.address())).map(ElfReader.Section::name).toList();
        assertEquals(ours, theirs);
    }

    @Test
    void sectionMarkersLieInTheSameSectionsAsGcs() {
        for (Markers.Marker m : Markers.ALL) {
            assertTrue(gc.symbols.containsKey(m.name()), m.name());
            assertEquals(sectionOf(gc, m.name()), sectionOf(jgo, m.name()), m.name());
        }
    }

    private static String sectionOf(ElfReader elf, String symbol) {
        return elf.sections.get(elf.symbols.get(symbol).shndx()).name();
    }

    private static List<ElfReader.Segment> loads(ElfReader elf) {
        return elf.segments.stream().filter(s -> s.type() == PT_LOAD).toList();
    }

    private static List<Integer> loadFlags(ElfReader elf) {
        return loads(elf).stream().map(ElfReader.Segment::flags).toList();
    }
}
