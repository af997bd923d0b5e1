package dev.jgo.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jgo.syntax.Diagnostic;
import dev.jgo.syntax.Pos;
import dev.jgo.testing.GoOracle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The errorcheck judge checked against the oracle: gc 1.19's own errors for every errorcheck
 * test, judged by {@link ErrorcheckVerdict} as jgo's are, must pass — lines and patterns — except
 * where gc's own harness expects gc to fail. Any other file gc fails here means this harness
 * reads annotations differently from gc's.
 */
@EnabledIfSystemProperty(named = "jgo.tier", matches = "all", disabledReason = "slow tier: runs gc 500 times")
class GcJudgedTest {
    /** file:line:col: message, or file:line: message where a //line directive gave no column. */
    private static final Pattern ERROR_LINE = Pattern.compile("(.+?\\.go):(\\d+)(?::(\\d+))?: (.*)");
    /**
     * The tests gc 1.19 itself fails: its harness expects that (run.go's list of tests the types2
     * checker does not errorcheck, with the reason given there).
     */
    private static final Set<String> GC_FAILS = Set.of(
            "shift1.go",               // two more errors than annotated
            "fixedbugs/issue20233.go"  // two errors where one is annotated
    );

    @TempDir
    Path tmp;

    @Test
    void gcPassesEveryErrorcheckTestByOurJudge() {
        Path go = GoOracle.go().orElse(null);
        Path testDir = GoOracle.testDir().orElse(null);
        assumeTrue(go != null && testDir != null, "Go 1.19 and its GOROOT/test are not installed");
        List<String> failed = new ArrayList<>();
        for (SuiteFile f : SuiteFile.all(testDir)) {
            if (!f.is("errorcheck") || !f.admitted()) continue;
            String shortName = f.path().getFileName().toString();
            ErrorcheckVerdict v = ErrorcheckVerdict.judge(f.path().toString(),
                    ErrorAnnotation.of(f.source(), shortName), gcErrors(go, f.path()));
            if (!v.patternsMatch() && !GC_FAILS.contains(f.name())) failed.add(f.name() + ": " + v.reason());
        }
        assertEquals(List.of(), failed);
    }

    /** gc's errors for the file, compiled as gc's harness compiles an errorcheck test (no error limit). */
    private List<Diagnostic> gcErrors(Path go, Path file) {
        try {
            Process p = new ProcessBuilder(go.toString(), "tool", "compile", "-p=p", "-e", "-o",
                    tmp.resolve("out.o").toString(), file.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return parse(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    /** gc's output as diagnostics; a line starting with a tab continues the previous message. */
    private static List<Diagnostic> parse(String out) {
        List<Diagnostic> list = new ArrayList<>();
        for (String line : out.split("\n")) {
            Matcher m = ERROR_LINE.matcher(line);
            if (line.startsWith("\t") && !list.isEmpty()) {
                Diagnostic last = list.removeLast();
                list.add(new Diagnostic(last.pos(), last.message() + "\n" + line));
            } else if (m.matches()) {
                int col = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
                list.add(new Diagnostic(new Pos(m.group(1), Integer.parseInt(m.group(2)), col), m.group(4)));
            }
        }
        return list;
    }
}
