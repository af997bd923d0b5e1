package dev.jgo.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jgo.link.Linker;
import dev.jgo.ssa.PassOptions;
import dev.jgo.syntax.Diagnostics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A program compiled by jgo, read by the system's tools as a Go programmer would: gdb stops at
 * main.main and at a function two calls deep and unwinds through every frame to main.main (the
 * .debug_frame CFI follows each function's SP), objdump disassembles it, nm names it.
 */
class DebuggerTest {
    private static final String PROGRAM = """
            package main

            //go:noinline
            func inner(x int) int {
            	return x * 2
            }

            //go:noinline
            func outer(x int, s string) int {
            	return inner(x) + len(s)
            }

            func main() {
            	println(outer(20, "ab"))
            }
            """;

    @TempDir Path dir;

    private Path build(String abi) throws IOException {
        Path src = dir.resolve("calls.go");
        Files.writeString(src, PROGRAM);
        Diagnostics diags = new Diagnostics();
        byte[] exe = new Builder(abi.equals("stack"), PassOptions.DEFAULT, false, diags).build(List.of(src.toString()));
        assertNotNull(exe, () -> diags.sorted().toString());
        Path bin = dir.resolve("calls");
        Linker.writeExecutable(bin, exe);
        return bin;
    }

    @ParameterizedTest(name = "-abi={0}")
    @ValueSource(strings = {"register", "stack"})
    void gdbBreaksRunsAndUnwindsEveryFrame(String abi) throws Exception {
        Path bin = build(abi);
        String atMain = run("gdb", "-nx", "-batch", "-ex", "break main.main", "-ex", "run", "-ex", "bt", bin.toString());
        assertTrue(atMain.contains("Breakpoint 1, main.main () at " + dir.resolve("calls.go") + ":13"), atMain);
        assertTrue(atMain.contains("#0  main.main () at " + dir.resolve("calls.go") + ":13"), atMain);

        String deep = run("gdb", "-nx", "-batch", "-ex", "break main.inner", "-ex", "run", "-ex", "bt", bin.toString());
        List<String> frames = deep.lines().filter(l -> l.startsWith("#")).toList();
        assertTrue(frames.size() >= 3, deep);
        assertTrue(frames.get(0).matches("#0  main\\.inner \\(\\) at .*calls\\.go:[45]"), deep);
        assertTrue(frames.get(1).matches("#1  0x[0-9a-f]+ in main\\.outer \\(\\) at .*calls\\.go:10"), deep);
        assertTrue(frames.get(2).matches("#2  0x[0-9a-f]+ in main\\.main \\(\\) at .*calls\\.go:14"), deep);
        assertFalse(deep.contains("?? ()"), deep);
    }

    @ParameterizedTest(name = "-abi={0}")
    @ValueSource(strings = {"register", "stack"})
    void objdumpNmAndReadelfReadIt(String abi) throws Exception {
        Path bin = build(abi);
        String dump = run("objdump", "-d", bin.toString());
        assertTrue(dump.contains("<main.main>:") && dump.contains("<main.inner>:"), dump);
        assertFalse(dump.contains("(bad)"), "objdump found undecodable bytes");
        String nm = run("nm", bin.toString());
        assertTrue(nm.lines().anyMatch(l -> l.endsWith(" T main.outer")), nm);
        String frames = run("readelf", "-W", "--debug-dump=frames", bin.toString());
        assertFalse(frames.toLowerCase().contains("warning"), frames);
        assertTrue(frames.contains("DW_CFA_def_cfa_offset"), frames);
    }

    /** Runs a tool; a missing one skips the test (test.sh installs binutils and gdb). */
    private String run(String... cmd) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(new ArrayList<>(List.of(cmd))).directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort(cmd[0] + " is not installed");
            throw e;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), cmd[0] + " timed out");
        assertEquals(0, p.exitValue(), out);
        return out;
    }
}
