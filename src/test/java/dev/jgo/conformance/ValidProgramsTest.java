package dev.jgo.conformance;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jgo.conformance.FrontEnd.Outcome;
import dev.jgo.testing.GoOracle;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Go's valid programs (see {@link ValidPrograms}): gc compiles each of them, so jgo's front end
 * must report no error. Results go to target/valid-report.txt; the clean count has a ratchet.
 */
class ValidProgramsTest {
    private static final Duration LIMIT = Duration.ofSeconds(20);

    @Test
    void validProgramsCheckWithoutErrors() {
        Path testDir = GoOracle.testDir().orElse(null);
        assumeTrue(testDir != null, "GOROOT/test of Go 1.19 is not installed");
        List<SuiteFile> candidates = ValidPrograms.candidates(testDir);
        long admitted = candidates.stream().filter(SuiteFile::admitted).count();
        long importFreeRunAll = candidates.stream().filter(ValidPrograms::isImportFreeRun).count();
        List<SuiteFile> eligible = ValidPrograms.eligible(candidates);

        Tally tally = new Tally();
        int importFreeRun = 0;
        int importFreeRunClean = 0;
        StringBuilder failures = new StringBuilder();
        for (SuiteFile f : eligible) {
            Outcome outcome = FrontEnd.check(List.of(f.path()), LIMIT);
            boolean clean = outcome instanceof Outcome.Checked c && c.diagnostics().isEmpty();
            tally.add(outcome, clean);
            if (!clean) {
                failures.append("FAIL ").append(f.name()).append(": ").append(firstError(outcome)).append('\n');
            }
            if (ValidPrograms.isImportFreeRun(f)) {
                importFreeRun++;
                if (clean) importFreeRunClean++;
            }
        }

        String summary = "valid programs: " + candidates.size() + " files outside typeparam/ with the recipe \"// run\" or"
                + " \"// compile\" (no flags); " + admitted + " of them run on linux/amd64 by gc's harness\n"
                + "eligible (every import in jgo's std, or unsafe) " + eligible.size() + "\n"
                + "clean (no error) " + tally.passed() + "\n"
                + "with false errors or failures " + (eligible.size() - tally.passed()) + "\n"
                + "import-free \"// run\" programs: " + importFreeRunAll + ", " + importFreeRun + " of them on linux/amd64, clean "
                + importFreeRunClean + "\n"
                + tally.problems() + "\n";
        Path report = Report.write("valid-report.txt", summary + "\n" + failures);
        System.out.print(summary);
        Ratchet.load("valid").enforce(tally.passed(), report);
    }

    private static String firstError(Outcome outcome) {
        return outcome instanceof Outcome.Checked c ? c.diagnostics().get(0).toString() : outcome.describe();
    }
}
