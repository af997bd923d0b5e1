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
 * Every program of testdata/programs (a .go file, or a directory with a go.mod) built by jgo under -abi=register and -abi=stack and run:
 * it must exit 0 and print (standard output and error together) exactly its .out file, which
 * gc's build of the same program printed, and what gc's build prints now when gc is installed.
 * hello and seed_add12 always run; the others when jgo.tier is "all".
 */
class BuildRunTest {
    private static final Path PROGRAMS = Path.of("testdata/programs");
    private static final List<String> QUICK = List.of("hello", "seed_add12");

    @TempDir Path dir;

    static Stream<Arguments> programs() throws IOException {
        boolean all = "all".equals(System.getProperty("jgo.tier"));
        try (Stream<Path> files = Files.list(PROGRAMS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".out")).sorted()
                    .map(n -> n.substring(0, n.length() - 4))
                    .filter(n -> all || QUICK.contains(n))
                    .flatMap(n -> Stream.of(Arguments.of(n, "register"), Arguments.of(n, "stack")))
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "{0} -abi={1}")
    @MethodSource("programs")
    void printsWhatGcPrints(String name, String abi) throws Exception {
        Path dirSrc = PROGRAMS.resolve(name);
        Path src = Files.isDirectory(dirSrc) ? dirSrc : PROGRAMS.resolve(name + ".go");
        Diagnostics diags = new Diagnostics();
        byte[] exe = new Builder(abi.equals("stack"), PassOptions.DEFAULT, false, diags).build(List.of(src.toString()));
        assertNotNull(exe, () -> diags.sorted().toString());
        Path bin = dir.resolve(name);
        Linker.writeExecutable(bin, exe);
        String want = Files.readString(PROGRAMS.resolve(name + ".out"));
        assertEquals(want, run(bin), name + " under -abi=" + abi);
        Optional<Path> go = GoOracle.go();
        if (go.isPresent()) {
            Path gcBin = dir.resolve(name + ".gc");
            // gc builds a directory from inside it, so that its go.mod applies
            ProcessBuilder pb = Files.isDirectory(src)
                    ? new ProcessBuilder(go.get().toString(), "build", "-o", gcBin.toString(), ".").directory(src.toFile())
                    : new ProcessBuilder(go.get().toString(), "build", "-o", gcBin.toString(), src.toString());
            Process b = pb.redirectErrorStream(true).start();
            String log = new String(b.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Assumptions.assumeTrue(b.waitFor() == 0, log);
            assertEquals(run(gcBin), want, "gc's output differs from " + name + ".out: regenerate it");
        }
    }

    /** The program's standard output and error together; it must exit 0 within 20 s. */
    private static String run(Path bin) throws Exception {
        Process p = new ProcessBuilder(bin.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(true, p.waitFor(20, TimeUnit.SECONDS), "timed out");
        assertEquals(0, p.exitValue(), out);
        return out;
    }
}
