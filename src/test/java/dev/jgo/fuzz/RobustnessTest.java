package dev.jgo.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jgo.conformance.FrontEnd;
import dev.jgo.conformance.FrontEnd.Outcome;
import dev.jgo.conformance.SuiteFile;
import dev.jgo.conformance.ValidPrograms;
import dev.jgo.syntax.Diagnostic;
import dev.jgo.testing.GoOracle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input must never break the front end: on truncated real files, mutated valid programs,
 * hostile import paths, random bytes, malformed UTF-8, random token soup, extreme nesting and a
 * 10 MB file, {@code jgo tool check} must finish in time, let no exception escape (nor report one
 * as an internal compiler error), and give every error a position. Inputs come from fixed seeds; one that fails is saved under target/fuzz-failures/ to reproduce with
 * {@code ./jgo tool check}.
 */
@EnabledIfSystemProperty(named = "jgo.tier", matches = "all", disabledReason = "slow tier: -Djgo.tier=all (./test.sh, CI)")
class RobustnessTest {
    private static final long SEED = 0x6a676f;
    /** Limits that catch a hang, not speed targets (those live in bench/): the machine may be loaded. */
    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static final Duration LARGE_LIMIT = Duration.ofSeconds(120);
    private static final List<String> REAL_FILES = List.of("src/fmt/print.go", "src/strconv/atof.go",
            "src/sort/sort.go", "src/go/scanner/scanner.go", "src/runtime/map.go", "src/math/big/nat.go");

    private static final Path FAILURES = Path.of(System.getProperty("jgo.root", ".")).resolve("target/fuzz-failures");

    @TempDir
    static Path dir;

    @BeforeAll
    static void forgetEarlierFailures() throws IOException {
        if (!Files.isDirectory(FAILURES)) return;
        try (Stream<Path> old = Files.list(FAILURES)) {
            for (Path p : old.toList()) Files.delete(p);
        }
    }

    @Test
    void truncatedRealFiles() throws IOException {
        Path goroot = GoOracle.goroot().orElse(null);
        assumeTrue(goroot != null, "Go 1.19 sources are not installed");
        BadInputs gen = new BadInputs(SEED);
        List<byte[]> inputs = new ArrayList<>();
        for (String f : REAL_FILES) inputs.addAll(gen.truncations(Files.readAllBytes(goroot.resolve(f)), 25));
        assertSurvive("truncated", inputs, LIMIT);
    }

    @Test
    void mutatedValidPrograms() throws IOException {
        Path testDir = GoOracle.testDir().orElse(null);
        assumeTrue(testDir != null, "GOROOT/test of Go 1.19 is not installed");
        List<SuiteFile> programs = ValidPrograms.eligible(ValidPrograms.candidates(testDir));
        BadInputs gen = new BadInputs(SEED + 4);
        List<byte[]> inputs = new ArrayList<>();
        for (int i = 0; i < 300; i++) inputs.add(gen.mutant(programs.get(i * 7 % programs.size()).source()));
        assertSurvive("mutant", inputs, LIMIT);
    }

    /**
     * Import paths are looked up as directories: none may crash the lookup, and since gc rejects
     * every one of these (invalid, relative, absolute, non-canonical, or not found), jgo must too —
     * a relative path must not reach outside jgo's std.
     */
    @Test
    void hostileImportPaths() throws IOException {
        String[] paths = {"", "\\x00", "a\\x00b", "..", ".", "./x", "../../../../../../../../etc", "/etc", "c:/foo",
            "a b", "a//b", "unsafe/../unsafe", "\\xff", "x".repeat(100_000), "a/".repeat(5_000) + "b", "\\u00e9t\\u00e9"};
        List<byte[]> inputs = new ArrayList<>();
        for (String p : paths) inputs.add(("package main\n\nimport \"" + p + "\"\n\nfunc main() {}\n").getBytes(StandardCharsets.UTF_8));
        assertSurvive("import", inputs, LIMIT, true);
    }

    @Test
    void randomBytes() throws IOException {
        BadInputs gen = new BadInputs(SEED + 1);
        List<byte[]> inputs = new ArrayList<>();
        for (int i = 0; i < 100; i++) inputs.add(gen.garbage(2048));
        assertSurvive("garbage", inputs, LIMIT);
    }

    @Test
    void malformedUtf8() throws IOException {
        BadInputs gen = new BadInputs(SEED + 2);
        List<byte[]> inputs = new ArrayList<>();
        for (int i = 0; i < 100; i++) inputs.add(gen.invalidUtf8());
        assertSurvive("utf8", inputs, LIMIT);
    }

    @Test
    void randomTokenSoup() throws IOException {
        BadInputs gen = new BadInputs(SEED + 3);
        List<byte[]> inputs = new ArrayList<>();
        for (int i = 0; i < 300; i++) inputs.add(gen.tokenSoup(200));
        assertSurvive("soup", inputs, LIMIT);
    }

    @Test
    void deepNesting() throws IOException {
        int depth = 200_000;
        List<byte[]> inputs = new ArrayList<>();
        for (boolean closed : new boolean[] {true, false}) {
            inputs.add(BadInputs.nested("var x = ", "(", "1", ")", depth, closed));
            inputs.add(BadInputs.nested("func f() ", "{", "", "}", depth, closed));
        }
        inputs.add(BadInputs.nested("var y ", "[]", "int", "", depth, true));
        inputs.add(BadInputs.nested("var z = ", "^", "1", "", depth, true));
        assertSurvive("nested", inputs, LARGE_LIMIT);
    }

    @Test
    void tenMegabyteFile() throws IOException {
        assertSurvive("large", List.of(BadInputs.large(10 << 20)), LARGE_LIMIT);
    }

    private static void assertSurvive(String kind, List<byte[]> inputs, Duration limit) throws IOException {
        assertSurvive(kind, inputs, limit, false);
    }

    /**
     * Runs the front end on each input; collects every input it crashed or hung on, or gave an
     * error without position — or, when mustReject, accepted.
     */
    private static void assertSurvive(String kind, List<byte[]> inputs, Duration limit, boolean mustReject) throws IOException {
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Path file = Files.write(dir.resolve(kind + ".go"), inputs.get(i));
            Outcome outcome = FrontEnd.check(List.of(file), limit);
            String problem = problem(outcome);
            if (problem == null && mustReject && outcome instanceof Outcome.Checked c && c.diagnostics().isEmpty()) {
                problem = "accepted, but gc rejects it";
            }
            if (problem != null) failures.add(kind + " #" + i + " (" + save(kind, i, inputs.get(i)) + "): " + problem);
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + inputs.size() + " inputs broke the front end:\n"
                + String.join("\n", failures.subList(0, Math.min(5, failures.size()))));
    }

    /**
     * What is wrong with the outcome, or null. A //line directive may name another file, or no
     * file at all (a line directive naming ":10", after which gc too prints ":14: message"): a
     * line is what counts.
     */
    private static String problem(Outcome outcome) {
        if (!(outcome instanceof Outcome.Checked c)) return outcome.describe();
        for (Diagnostic d : c.diagnostics()) {
            if (!d.pos().isKnown()) return "error without a position: " + d;
        }
        return null;
    }

    private static Path save(String kind, int i, byte[] input) throws IOException {
        Files.createDirectories(FAILURES);
        return Files.write(FAILURES.resolve(kind + "-" + i + ".go"), input);
    }
}
