package dev.jgo.conformance;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jgo.conformance.FrontEnd.Outcome;
import dev.jgo.testing.GoOracle;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Go's errorcheck tests: every file of GOROOT/test (outside typeparam/) whose recipe is exactly
 * {@code // errorcheck} and that gc's harness runs on linux/amd64. jgo must report an error on
 * each annotated line and on no other (see {@link ErrorcheckVerdict}); how many of those also
 * satisfy the message patterns is reported too. The result goes to target/errorcheck-report.txt
 * and the number passing must not fall below the ratchet.
 */
class ErrorcheckTest {
    private static final Duration LIMIT = Duration.ofSeconds(20);

    @Test
    void errorcheckTestsGetTheirAnnotatedErrors() {
        Path testDir = GoOracle.testDir().orElse(null);
        assumeTrue(testDir != null, "GOROOT/test of Go 1.19 is not installed");
        List<SuiteFile> recipes = SuiteFile.all(testDir).stream().filter(f -> f.is("errorcheck")).toList();
        List<SuiteFile> tests = recipes.stream().filter(SuiteFile::admitted).toList();

        Tally tally = new Tally();
        int patternsToo = 0;
        int failedNeedingStd = 0;
        StringBuilder failures = new StringBuilder();
        StringBuilder wording = new StringBuilder();
        for (SuiteFile f : tests) {
            Outcome outcome = FrontEnd.check(List.of(f.path()), LIMIT);
            String shortName = f.path().getFileName().toString();
            ErrorcheckVerdict v = outcome instanceof Outcome.Checked c
                    ? ErrorcheckVerdict.judge(f.path().toString(), ErrorAnnotation.of(f.source(), shortName), c.diagnostics())
                    : new ErrorcheckVerdict(false, false, outcome.describe());
            tally.add(outcome, v.linesMatch());
            if (v.linesMatch()) {
                if (v.patternsMatch()) patternsToo++;
                else wording.append("WORDING ").append(f.name()).append(": ").append(v.reason()).append('\n');
            } else {
                failures.append("FAIL ").append(f.name()).append(": ").append(v.reason()).append('\n');
                if (!ImportList.allResolve(f.source())) failedNeedingStd++;
            }
        }

        String summary = "errorcheck: " + recipes.size() + " files outside typeparam/ with the recipe \"// errorcheck\""
                + " (no flags); " + (recipes.size() - tests.size()) + " excluded by build constraints on linux/amd64: "
                + recipes.stream().filter(f -> !f.admitted()).map(SuiteFile::name).toList() + "\n"
                + "total " + tests.size() + "\n"
                + "passed " + tally.passed() + " (an error on every annotated line and on no other)\n"
                + "  of which also matching gc's message patterns: " + patternsToo + "\n"
                + "failed " + (tests.size() - tally.passed()) + ", of which " + failedNeedingStd
                + " import packages jgo's std (src/main/go) does not have yet\n"
                + tally.problems() + "\n";
        Path report = Report.write("errorcheck-report.txt", summary + "\n" + failures
                + "\nPassing files whose messages do not match gc's patterns:\n" + wording);
        System.out.print(summary);
        Ratchet.load("errorcheck").enforce(tally.passed(), report);
    }
}
