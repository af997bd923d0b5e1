package dev.jgo.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jgo.link.Linker;
import dev.jgo.obj.Symbol;
import dev.jgo.syntax.Diagnostics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links the runtime's assembly (entry, system calls, morestack) with testdata/runtime/entry.s,
 * which stands in for the Go half, and runs it: the process must reach main.main with g set
 * up in TLS and R14 and X15 zero, write and exit 0; a recursion must end in morestack running
 * on g0; a nil dereference must reach the handler on gsignal and resume in sigpanic; memmove,
 * memclr and mmap must work.
 */
class EntryTest {
    @TempDir
    static Path dir;
    static Path exe;

    @BeforeAll
    static void link() throws Exception {
        List<Symbol> syms = new ArrayList<>();
        for (Path f : List.of(RuntimeSources.DIR.resolve("asm_amd64.s"), RuntimeSources.DIR.resolve("sys_linux_amd64.s"),
                Path.of("testdata/runtime/entry.s"))) {
            Diagnostics d = new Diagnostics();
            syms.addAll(RuntimeSources.assemble(f, d).symbols());
            assertEquals(List.of(), d.sorted(), f.toString());
        }
        exe = dir.resolve("entry");
        Linker.writeExecutable(exe, Linker.link(syms, List.of(Linker.DEFAULT_ENTRY)));
    }

    record Run(String out, int status) {}

    static Run run(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(exe.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        return new Run(out, p.waitFor());
    }

    @Test
    void reachesMainWithGoroutineSetUpAndExitsZero() throws Exception {
        assertEquals(new Run("entry ok\n", 0), run("x"));
    }

    @Test
    void runningOutOfStackEntersMorestackOnG0() throws Exception {
        assertEquals(new Run("overflow on g0\n", 2), run("x", "y"));
    }

    @Test
    void memmoveHandlesOverlapBothWaysAndMemclrClears() throws Exception {
        assertEquals(new Run("23478347\0\0", 0), run("w", "x", "y", "z"));
    }

    @Test
    void nilDereferenceArrivesOnTheSignalStackAndResumesInSigpanic() throws Exception {
        assertEquals(new Run("sigpanic ok\n", 2), run("x", "y", "z"));
    }
}
