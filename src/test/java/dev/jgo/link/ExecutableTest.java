package dev.jgo.link;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Links the hello program, runs it, and reads it back with the system's binutils and gdb. */
class ExecutableTest {
    @TempDir
    static Path dir;
    static Path prog;

    @BeforeAll
    static void link() throws Exception {
        prog = dir.resolve("hello");
        Linker.writeExecutable(prog, Linker.link(Programs.hello(), List.of(Programs.ENTRY)));
    }

    @Test
    void runsAndPrintsFromRodataAndExitsWithStatusFromData() throws Exception {
        Proc p = Proc.run(dir, prog.toString());
        assertEquals(Programs.MESSAGE, p.out());
        assertEquals("", p.err());
        assertEquals(Programs.EXIT_STATUS, p.status());
    }

    @Test
    void readelfReadsEverythingWithoutComplaint() throws Exception {
        assumeTrue(Proc.has("readelf"));
        Proc p = Proc.run(dir, "readelf", "-a", "-W", prog.toString());
        assertEquals(0, p.status(), p.err());
        assertEquals("", p.err());
        assertFalse(p.out().toLowerCase().contains("warning"), p.out());
        assertTrue(p.out().contains("Type:                              EXEC (Executable file)"), p.out());
        assertTrue(p.out().contains("Entry point address:               0x401000"), p.out());
        assertTrue(p.out().contains("There is no dynamic section in this file."), p.out());
        assertFalse(p.out().contains("INTERP"), p.out());
        for (String section : List.of(".text", ".rodata", ".noptrdata", ".data", ".bss", ".noptrbss", ".symtab", ".strtab", ".shstrtab")) {
            assertTrue(p.out().contains("] " + section + " "), section + " missing:\n" + p.out());
        }
        assertTrue(p.out().matches("(?s).*LOAD +0x0+ 0x0+400000 0x0+400000 \\S+ \\S+ R E 0x1000.*"), p.out());
    }

    @Test
    void nmShowsGoNamesWithAbi0SuffixAndNoDeadSymbols() throws Exception {
        assumeTrue(Proc.has("nm"));
        Proc p = Proc.run(dir, "nm", prog.toString());
        assertEquals("", p.err());
        List<String> lines = p.out().lines().map(l -> l.substring(17)).toList();
        assertTrue(lines.contains("T _rt0_amd64_linux"), p.out());
        assertTrue(lines.contains("T main.main"), p.out());
        assertTrue(lines.contains("T main.main.abi0"), p.out());
        assertTrue(lines.contains("R main.msg"), p.out());
        assertTrue(lines.contains("D main.msgptr"), p.out());
        assertTrue(lines.contains("D main.status"), p.out());
        assertTrue(lines.contains("B main.saved"), p.out());
        assertTrue(lines.contains("t runtime.text"), p.out());
        assertTrue(lines.contains("b runtime.end"), p.out());
        assertFalse(p.out().contains("main.unused"), p.out());
    }

    @Test
    void objdumpDisassemblesCallsToTheirNamedTargets() throws Exception {
        assumeTrue(Proc.has("objdump"));
        Proc p = Proc.run(dir, "objdump", "-d", prog.toString());
        assertEquals("", p.err());
        assertTrue(p.out().contains("<_rt0_amd64_linux>:"), p.out());
        assertTrue(p.out().matches("(?s).*call +[0-9a-f]+ <main\\.main\\.abi0>.*"), p.out());
        assertTrue(p.out().matches("(?s).*jmp +[0-9a-f]+ <main\\.main>.*"), p.out());
    }

    @Test
    void gdbStopsAtMainMainAndShowsItsSourceLine() throws Exception {
        assumeTrue(Proc.has("gdb"));
        Proc p = Proc.run(dir, "gdb", "-nx", "-batch", "-ex", "break main.main", "-ex", "run", "-ex", "bt", prog.toString());
        assertTrue(p.out().contains("Breakpoint 1, main.main () at /src/hello/main.go:3"), p.out() + p.err());
        assertTrue(p.out().contains("#0  main.main () at /src/hello/main.go:3"), p.out() + p.err());
    }

    @Test
    void gdbUnwindsFramePointerFramesWithTheirLines() throws Exception {
        assumeTrue(Proc.has("gdb"));
        Path nested = dir.resolve("nested");
        Linker.writeExecutable(nested, Linker.link(Programs.nested(), List.of(Programs.ENTRY)));
        Proc p = Proc.run(dir, "gdb", "-nx", "-batch", "-ex", "break main.f", "-ex", "run", "-ex", "bt", nested.toString());
        assertTrue(p.out().contains("#0  main.f () at /src/nested/main.go:9"), p.out() + p.err());
        assertTrue(p.out().matches("(?s).*#1  0x[0-9a-f]+ in main\\.main \\(\\) at /src/nested/main\\.go:4.*"), p.out() + p.err());
        assertEquals(3, Proc.run(dir, nested.toString()).status());
    }

    @Test
    void addr2lineMapsPcsToFunctionsAndLines() throws Exception {
        assumeTrue(Proc.has("addr2line"));
        Proc nm = Proc.run(dir, "nm", prog.toString());
        long main = nm.out().lines().filter(l -> l.endsWith(" T main.main")).mapToLong(l -> Long.parseLong(l.substring(0, 16), 16))
                .findFirst().orElseThrow();
        Proc p = Proc.run(dir, "addr2line", "-f", "-e", prog.toString(),
                Long.toHexString(main + 12), Long.toHexString(main + 24));
        assertEquals("main.main\n/src/hello/main.go:4\nmain.main\n/src/hello/main.go:6\n", p.out());
        assertEquals("", p.err());
    }

    @Test
    void readelfDecodesTheDwarfWithoutComplaint() throws Exception {
        assumeTrue(Proc.has("readelf"));
        Proc p = Proc.run(dir, "readelf", "-W", "--debug-dump=info,abbrev,rawline,decodedline", prog.toString());
        assertEquals("", p.err());
        assertFalse(p.out().toLowerCase().contains("warning"), p.out());
        assertTrue(p.out().contains("DW_AT_name        : (string) main.main"), p.out());
        assertTrue(p.out().matches("(?s).*/src/hello/main.go +5 +0x[0-9a-f]+.*"), p.out());
    }
}
