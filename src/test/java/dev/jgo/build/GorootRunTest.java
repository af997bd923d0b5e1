package dev.jgo.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.jgo.link.Linker;
import dev.jgo.ssa.PassOptions;
import dev.jgo.syntax.Diagnostics;
import dev.jgo.testing.GoOracle;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The GOROOT/test "// run" programs listed in testdata/goroot-run.txt (a ratchet: each
 * passed once) built by jgo under both ABIs: each must exit 0 and print its .out file (nothing
 * when there is none), run from the test directory as gc's harness does. Only when jgo.tier is
 * "all" and gc's sources are installed.
 */
class GorootRunTest {
    @TempDir Path dir;

    static Stream<Arguments> programs() throws Exception {
        Assumptions.assumeTrue("all".equals(System.getProperty("jgo.tier")), "slow: jgo.tier=all");
        Assumptions.assumeTrue(GoOracle.testDir().isPresent(), "GOROOT/test is not installed");
        return Files.readAllLines(Path.of("testdata/goroot-run.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .flatMap(n -> Stream.of(Arguments.of(n, "register"), Arguments.of(n, "stack")));
    }

    @ParameterizedTest(name = "{0} -abi={1}")
    @MethodSource("programs")
    void runsAsGcDoes(String name, String abi) throws Exception {
        Path tests = GoOracle.testDir().orElseThrow();
        Diagnostics diags = new Diagnostics();
        byte[] exe = new Builder(abi.equals("stack"), PassOptions.DEFAULT, false, diags).build(List.of(tests.resolve(name).toString()));
        assertNotNull(exe, () -> diags.sorted().toString());
        Path bin = dir.resolve("prog");
        Linker.writeExecutable(bin, exe);
        Path outFile = tests.resolve(name.substring(0, name.length() - 3) + ".out");
        String want = Files.exists(outFile) ? Files.readString(outFile) : "";
        Process p = new ProcessBuilder(bin.toString()).directory(tests.toFile()).redirectErrorStream(true).start();
        String got = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(true, p.waitFor(20, TimeUnit.SECONDS), "timed out");
        assertEquals(0, p.exitValue(), got);
        assertEquals(want, got);
    }
}
