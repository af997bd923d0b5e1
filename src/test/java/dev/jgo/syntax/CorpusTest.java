package dev.jgo.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jgo.testing.GoOracle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Parses every .go file of GOROOT/src and GOROOT/test that gofmt (go/parser) accepts. Each must
 * parse without errors, except files using type parameters (only "type parameters are not
 * supported yet" errors) and files gc itself rejects: where we report an error, gc must report
 * the same message at the same position.
 */
class CorpusTest {
    private static final Pattern ERROR_LINE = Pattern.compile("^(.*\\.go):\\d+:\\d+: ");

    @Test
    void everyFileGofmtAcceptsParsesLikeGc() throws Exception {
        assumeTrue("all".equals(System.getProperty("jgo.tier")), "slow: runs with -Djgo.tier=all");
        assumeTrue(GoOracle.goroot().isPresent(), "Go 1.19 is not installed");
        Path root = GoOracle.goroot().get().toRealPath();
        List<Path> files = goFiles(root.resolve("src"), root.resolve("test"));
        Set<Path> rejected = gofmtRejects(root);

        int parsed = 0;
        int generic = 0;
        int agreedErrors = 0;
        long lines = 0;
        long nanos = 0;
        List<String> failures = new ArrayList<>();
        for (Path file : files) {
            if (rejected.contains(file)) continue;
            byte[] src = Files.readAllBytes(file);
            Diagnostics diags = new Diagnostics();
            long t0 = System.nanoTime();
            Parser.parse(file.getFileName().toString(), src, diags);
            nanos += System.nanoTime() - t0;
            lines += countLines(src);
            parsed++;
            List<Diagnostic> errors = diags.sorted();
            if (errors.isEmpty()) continue;
            if (errors.stream().allMatch(d -> d.message().equals(Parser.TYPE_PARAMS_UNSUPPORTED))) {
                generic++;
            } else if (gcReportsTheSame(file, errors)) {
                agreedErrors++;
            } else {
                failures.add(root.relativize(file) + ": " + errors.getFirst());
            }
        }
        System.out.printf("syntax corpus: %d files parsed (%d rejected by gofmt skipped), %d generic, "
                        + "%d rejected by gc too, %d failing; %d lines at %.0f lines/s%n",
                parsed, rejected.size(), generic, agreedErrors, failures.size(), lines, lines / (nanos / 1e9));
        failures.forEach(f -> System.out.println("  FAIL " + f));
        assertEquals(List.of(), failures);
    }

    /** The fast tier's share: the conformance programs ("// run"), which are valid Go. */
    @Test
    void runnableConformanceProgramsParse() throws Exception {
        assumeTrue(GoOracle.testDir().isPresent(), "Go 1.19 is not installed");
        int parsed = 0;
        int generic = 0;
        List<String> failures = new ArrayList<>();
        for (Path file : goFiles(GoOracle.testDir().get())) {
            byte[] src = Files.readAllBytes(file);
            if (!new String(src, 0, Math.min(src.length, 7), StandardCharsets.UTF_8).equals("// run\n")) continue;
            Diagnostics diags = new Diagnostics();
            Parser.parse(file.getFileName().toString(), src, diags);
            parsed++;
            List<Diagnostic> errors = diags.sorted();
            if (errors.isEmpty()) continue;
            if (errors.stream().allMatch(d -> d.message().equals(Parser.TYPE_PARAMS_UNSUPPORTED))) {
                generic++;
            } else {
                failures.add(file + ": " + errors.getFirst());
            }
        }
        System.out.printf("syntax: %d runnable conformance programs parsed, %d generic, %d failing%n", parsed, generic,
                failures.size());
        assertEquals(List.of(), failures);
    }

    static List<Path> goFiles(Path... dirs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : dirs) {
            try (Stream<Path> walk = Files.walk(dir.toRealPath(), FileVisitOption.FOLLOW_LINKS)) {
                walk.filter(p -> p.toString().endsWith(".go") && Files.isRegularFile(p)).sorted().forEach(files::add);
            }
        }
        return files;
    }

    /** The files go/parser cannot parse, from one batch run of gofmt -l -e. */
    private static Set<Path> gofmtRejects(Path root) throws Exception {
        Process p = new ProcessBuilder(root.resolve("bin/gofmt").toString(), "-l", "-e",
                root.resolve("src") + "/", root.resolve("test") + "/")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        Set<Path> rejected = new HashSet<>();
        for (String line : err.split("\n")) {
            Matcher m = ERROR_LINE.matcher(line);
            if (m.find()) rejected.add(Path.of(m.group(1)).toRealPath());
        }
        return rejected;
    }

    /** Whether gc, compiling file alone, reports each of our errors at the same place with the same words. */
    private static boolean gcReportsTheSame(Path file, List<Diagnostic> ours) throws Exception {
        Process p = new ProcessBuilder(GoOracle.go().orElseThrow().toString(), "tool", "compile", "-e", "-o", GoOracle.scratchObject().toString(),
                file.getFileName().toString()).directory(file.getParent().toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) p.destroyForcibly();
        Set<String> gc = new HashSet<>(out.lines().toList());
        return ours.stream().allMatch(d -> gc.contains(d.toString()));
    }

    static int countLines(byte[] src) {
        int n = 0;
        for (byte b : src) {
            if (b == '\n') n++;
        }
        return n;
    }
}
