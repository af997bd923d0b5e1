package dev.jgo.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jgo.testing.GoOracle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential test of the runtime's pure-Go logic against gc, before jgo can compile it: the
 * runtime files below are copied into one gc program (package clause renamed) with Go
 * stand-ins for the assembly (testdata/runtime/gcdiff/stubs.go) and a driver that runs every
 * case twice — through the runtime's function, printing to stdout, and through gc's own
 * println, conversion, operator or run-time error, printing to stderr. Both streams must be
 * identical, line for line.
 */
class RuntimeVsGcTest {
    /** The runtime files gc builds: everything but system calls, start-up and the exported API. */
    static final List<String> PURE = List.of("runtime2.go", "print.go", "string.go", "utf8.go", "complex.go", "error.go",
            "slice.go", "malloc.go", "sizeclasses.go", "panic.go", "iface.go", "type.go", "alg.go", "signal_linux.go");
    static final Path DRIVER = Path.of("testdata/runtime/gcdiff");

    @TempDir
    static Path dir;
    static Path exe;

    /** Builds the driver with gc once for all tests. */
    static synchronized Path driver() throws Exception {
        assumeTrue(GoOracle.go().isPresent(), "gc not installed");
        if (exe != null) return exe;
        for (String f : PURE) {
            String src = Files.readString(RuntimeSources.DIR.resolve(f));
            Files.writeString(dir.resolve(f), src.replaceFirst("(?m)^package runtime$", "package main"));
        }
        for (String f : List.of("stubs.go", "driver.go")) Files.copy(DRIVER.resolve(f), dir.resolve(f));
        Path out = dir.resolve("gcdiff");
        ProcessBuilder build = new ProcessBuilder(GoOracle.go().get().toString(), "build", "-o", out.toString(), ".")
                .directory(dir.toFile()).redirectErrorStream(true);
        build.environment().put("GO111MODULE", "off");
        build.environment().putIfAbsent("GOCACHE", System.getProperty("java.io.tmpdir") + "/jgo-gocache");
        Process b = build.start();
        String buildOut = new String(b.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, b.waitFor(), buildOut);
        exe = out;
        return exe;
    }

    @Test
    void runtimeLogicBehavesAsGc() throws Exception {
        Process p = new ProcessBuilder(driver().toString()).start();
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
        List<String> ours = lines(p.getInputStream().readAllBytes());
        List<String> gc = lines(err.get());
        assertEquals(0, p.waitFor());
        for (int i = 0; i < Math.min(ours.size(), gc.size()); i++) {
            assertEquals(gc.get(i), ours.get(i), "line " + (i + 1));
        }
        assertEquals(gc.size(), ours.size(), "line count");
        assertTrue(ours.size() > 30000, "cases run: " + ours.size());
        System.out.println("runtime vs gc: " + ours.size() + " lines identical");
    }

    /**
     * panic(v) for values of each basic type, each in a process of its own: gopanic's report
     * and exit status are gc's, up to the goroutine header (gc's frames follow it there).
     */
    @Test
    void panicReportsAreGcs() throws Exception {
        int n = Integer.parseInt(new String(exec("count", "-").out).trim());
        assertTrue(n > 10);
        for (int i = 0; i < n; i++) {
            Exec gc = exec("gc", "" + i), ours = exec("ours", "" + i);
            String gcErr = new String(gc.err, StandardCharsets.ISO_8859_1);
            String header = "\ngoroutine 1 [running]:\n";
            int end = gcErr.indexOf(header);
            assertTrue(end > 0, gcErr);
            assertEquals(gcErr.substring(0, end + header.length()), new String(ours.out, StandardCharsets.ISO_8859_1), "value " + i);
            assertEquals(2, gc.status);
            assertEquals(2, ours.status, "value " + i);
        }
    }

    /**
     * Memory faults: sighandler, given the kernel's siginfo and ucontext, sends the goroutine to
     * sigpanic, whose report (with the [signal …] line) and exit status are gc's for a real
     * fault at the same address; only the faulting PC differs.
     */
    @Test
    void faultReportsAreGcs() throws Exception {
        for (int i = 0; i < 3; i++) {
            Exec gc = exec("gc-fault", "" + i), ours = exec("ours-fault", "" + i);
            String gcErr = new String(gc.err, StandardCharsets.ISO_8859_1);
            String header = "\ngoroutine 1 [running]:\n";
            int end = gcErr.indexOf(header);
            assertTrue(end > 0, gcErr);
            String expected = gcErr.substring(0, end + header.length()).replaceAll("pc=0x[0-9a-f]+", "pc=0x401234");
            assertEquals(expected, new String(ours.out, StandardCharsets.ISO_8859_1), "fault " + i);
            assertEquals(2, gc.status);
            assertEquals(2, ours.status);
        }
    }

    record Exec(byte[] out, byte[] err, int status) {}

    static Exec exec(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(driver().toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
        byte[] out = p.getInputStream().readAllBytes();
        return new Exec(out, err.get(), p.waitFor());
    }

    private static byte[] readAll(java.io.InputStream in) {
        try {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> lines(byte[] b) {
        return new ArrayList<>(new String(b, StandardCharsets.ISO_8859_1).lines().toList());
    }
}
