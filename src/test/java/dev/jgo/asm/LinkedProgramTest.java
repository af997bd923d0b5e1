package dev.jgo.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jgo.link.Linker;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Assembles a whole program, links it with jgo's linker and runs it. */
class LinkedProgramTest {
    @TempDir
    Path dir;

    @Test
    void helloInAssemblyPrintsAndExitsWithComputedStatus() throws Exception {
        AsmRunner.Outcome o = AsmRunner.assemble(Path.of("testdata/asm/hello.s"), "main", false);
        assertEquals(List.of(), o.errors());
        Path exe = dir.resolve("hello");
        Linker.writeExecutable(exe, Linker.link(o.result().symbols(), List.of(Linker.DEFAULT_ENTRY)));
        Process p = new ProcessBuilder(exe.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals("hello, assembly\n", out);
        assertEquals(42, p.waitFor());
    }
}
