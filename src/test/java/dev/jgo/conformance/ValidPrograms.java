package dev.jgo.conformance;

import java.nio.file.Path;
import java.util.List;

/**
 * The suite's valid programs jgo's front end can be asked to accept: files (outside typeparam/)
 * whose recipe is exactly {@code // run} or {@code // compile}, that gc's harness runs on
 * linux/amd64, and whose imports all exist in jgo's standard library (src/main/go) or are
 * {@code unsafe}, which the type checker supplies itself.
 */
public final class ValidPrograms {
    private ValidPrograms() {}

    /** Every plain run or compile test, whether or not it runs on linux/amd64. */
    public static List<SuiteFile> candidates(Path testDir) {
        return SuiteFile.all(testDir).stream().filter(f -> f.is("run") || f.is("compile")).toList();
    }

    /** The candidates jgo must check without error. */
    public static List<SuiteFile> eligible(List<SuiteFile> candidates) {
        return candidates.stream().filter(SuiteFile::admitted).filter(f -> ImportList.allResolve(f.source())).toList();
    }

    /** Whether this is a {@code // run} program without imports: the first programs jgo will run. */
    public static boolean isImportFreeRun(SuiteFile f) {
        return f.is("run") && ImportList.of(f.source()).isEmpty();
    }
}
