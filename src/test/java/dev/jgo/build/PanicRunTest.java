package dev.jgo.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jgo.link.Linker;
import dev.jgo.ssa.PassOptions;
import dev.jgo.syntax.Diagnostics;
import dev.jgo.testing.GoOracle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every program of testdata/panics ends in an unrecovered panic: built by jgo under both ABIs
 * and run, it must exit with status 2 after printing (standard output and error together) its
 * .out file — gc's output up to the goroutine header, as jgo prints no frames yet — with the
 * faulting PC of a signal line left out of the comparison. gc's build must print the same. Only
 * when jgo.tier is "all".
 */
class PanicRunTest {
    private static final Path PROGRAMS = Path.of("testdata/panics");
    private static final String HEADER = "\ngoroutine 1 [running]:\n";

    @TempDir Path dir;

    static Stream<Arguments> programs() throws IOException {
        Assumptions.assumeTrue("all".equals(System.getProperty("jgo.tier")), "slow: jgo.tier=all");
        try (Stream<Path> files = Files.list(PROGRAMS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".out")).sorted()
                    .map(n -> n.substring(0, n.length() - 4))
                    .flatMap(n -> Stream.of(Arguments.of(n, "register"), Arguments.of(n, "stack")))
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "{0} -abi={1}")
    @MethodSource("programs")
    void reportsWhatGcReports(String name, String abi) throws Exception {
        Path src = PROGRAMS.resolve(name + ".go");
        Diagnostics diags = new Diagnostics();
        byte[] exe = new Builder(abi.equals("stack"), PassOptions.DEFAULT, false, diags).build(List.of(src.toString()));
        assertNotNull(exe, () -> diags.sorted().toString());
        Path bin = dir.resolve(name);
        Linker.writeExecutable(bin, exe);
        String want = withoutPc(Files.readString(PROGRAMS.resolve(name + ".out"), StandardCharsets.ISO_8859_1));
        assertEquals(want, withoutPc(run(bin)), name + " under -abi=" + abi);
        Optional<Path> go = GoOracle.go();
        if (go.isPresent()) {
            Path gcBin = dir.resolve(name + ".gc");
            Process b = new ProcessBuilder(go.get().toString(), "build", "-o", gcBin.toString(), src.toString()).redirectErrorStream(true).start();
            String log = new String(b.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Assumptions.assumeTrue(b.waitFor() == 0, log);
            String gc = run(gcBin);
            assertEquals(withoutPc(gc.substring(0, gc.indexOf(HEADER) + HEADER.length())), want, "gc's output differs from " + name + ".out: regenerate it");
        }
    }

    /** The program's output (standard output and error) up to the goroutine header; it must exit 2. */
    private static String run(Path bin) throws Exception {
        Process p = new ProcessBuilder(bin.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        assertEquals(true, p.waitFor(20, TimeUnit.SECONDS), "timed out");
        assertEquals(2, p.exitValue(), out);
        assertTrue(out.contains(HEADER), out);
        return out;
    }

    private static String withoutPc(String s) {
        return s.replaceAll("pc=0x[0-9a-f]+", "pc=…");
    }
}
