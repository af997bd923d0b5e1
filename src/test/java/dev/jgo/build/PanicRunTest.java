package dev.jgo.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

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
 * Every program of testdata/panics built by jgo under -abi=register and -abi=stack and run: it
 * must exit with status 2 and print (standard output and error together) its .out file, which
 * is what gc's build printed up to the goroutine trace (or the [signal …] line before it):
 * the trace's addresses and frames are not compared. gc's build must print the same now when gc
 * is installed. Runs when jgo.tier is "all".
 */
class PanicRunTest {
    private static final Path PROGRAMS = Path.of("testdata/panics");

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
    void panicsAsGcPanics(String name, String abi) throws Exception {
        Path src = PROGRAMS.resolve(name + ".go");
        Diagnostics diags = new Diagnostics();
        byte[] exe = new Builder(abi.equals("stack"), PassOptions.DEFAULT, false, diags).build(List.of(src.toString()));
        assertNotNull(exe, () -> diags.sorted().toString());
        Path bin = dir.resolve(name);
        Linker.writeExecutable(bin, exe);
        String want = Files.readString(PROGRAMS.resolve(name + ".out"));
        assertEquals(want, runToTrace(bin), name + " under -abi=" + abi);
        Optional<Path> go = GoOracle.go();
        if (go.isPresent()) {
            Path gcBin = dir.resolve(name + ".gc");
            Process b = new ProcessBuilder(go.get().toString(), "build", "-o", gcBin.toString(), src.toString())
                    .redirectErrorStream(true).start();
            String log = new String(b.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Assumptions.assumeTrue(b.waitFor() == 0, log);
            assertEquals(runToTrace(gcBin), want, "gc's output differs from " + name + ".out: regenerate it");
        }
    }

    /** The program's output up to its goroutine trace; it must exit with status 2 within 20 s. */
    private static String runToTrace(Path bin) throws Exception {
        Process p = new ProcessBuilder(bin.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(true, p.waitFor(20, TimeUnit.SECONDS), "timed out");
        assertEquals(2, p.exitValue(), out);
        for (String end : List.of("\n[signal ", "\ngoroutine ")) {
            int at = out.indexOf(end);
            if (at >= 0) out = out.substring(0, at + 1);
        }
        return out;
    }
}
