package dev.jgo.conformance;

import dev.jgo.build.Builder;
import dev.jgo.link.Linker;
import dev.jgo.ssa.PassOptions;
import dev.jgo.syntax.Diagnostic;
import dev.jgo.syntax.Diagnostics;
import dev.jgo.testing.GoOracle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * gc's conformance runner for code generation: every import-free {@code // run} program of
 * GOROOT/test that gc's harness runs on linux/amd64 is built by jgo under -abi=register and
 * -abi=stack and run from the test directory, as gc's harness runs it. A program passes when
 * both executables exit 0 and print its .out file (nothing when it has none).
 *
 * <p>A program is skipped when jgo says it does not handle something yet ("not supported yet",
 * type parameters); it fails when jgo reports any other error, crashes, or the executable
 * prints something else, exits non-zero or runs longer than {@link #TIME_LIMIT_SECONDS}. The
 * counts and every failing and skipped name go to target/goroot-run-report.txt; the number of
 * passes is a ratchet (src/test/resources/ratchet/goroot-run.count).
 */
class RunProgramsTest {
    private static final int TIME_LIMIT_SECONDS = 10;
    private static final List<String> ABIS = List.of("register", "stack");

    @TempDir Path dir;

    private sealed interface Verdict {
        record Pass() implements Verdict {}
        record Skip(String reason) implements Verdict {}
        record Fail(String reason) implements Verdict {}
    }

    @Test
    void importFreeRunProgramsPassUnderBothAbis() throws Exception {
        Assumptions.assumeTrue("all".equals(System.getProperty("jgo.tier")), "slow: jgo.tier=all");
        Path tests = GoOracle.testDir().orElse(null);
        Assumptions.assumeTrue(tests != null, "GOROOT/test is not installed");
        List<SuiteFile> programs = SuiteFile.all(tests).stream()
                .filter(SuiteFile::admitted).filter(ValidPrograms::isImportFreeRun).toList();

        List<String> passed = new ArrayList<>();
        Map<String, String> failed = new TreeMap<>();
        Map<String, String> skipped = new TreeMap<>();
        for (SuiteFile f : programs) {
            switch (judge(f)) {
                case Verdict.Pass p -> passed.add(f.name());
                case Verdict.Fail x -> failed.put(f.name(), x.reason());
                case Verdict.Skip s -> skipped.put(f.name(), s.reason());
            }
        }

        StringBuilder text = new StringBuilder();
        text.append(String.format("import-free // run programs: %d; pass %d, fail %d, skip %d (both ABIs)%n",
                programs.size(), passed.size(), failed.size(), skipped.size()));
        text.append("\nfailing:\n");
        failed.forEach((n, why) -> text.append("  ").append(n).append(": ").append(oneLine(why)).append('\n'));
        text.append("\nskipped:\n");
        skipped.forEach((n, why) -> text.append("  ").append(n).append(": ").append(oneLine(why)).append('\n'));
        text.append("\npassing:\n");
        passed.forEach(n -> text.append("  ").append(n).append('\n'));
        Path report = Report.write("goroot-run-report.txt", text.toString());
        System.out.println(text.substring(0, text.indexOf("\n")) + " — see " + report);
        Ratchet.load("goroot-run").enforce(passed.size(), report);
    }

    /** Builds and runs one program under each ABI; the first problem decides. */
    private Verdict judge(SuiteFile f) throws IOException, InterruptedException {
        Path outFile = f.path().resolveSibling(f.path().getFileName().toString().replaceFirst("\\.go$", ".out"));
        String want = Files.exists(outFile) ? Files.readString(outFile) : "";
        for (String abi : ABIS) {
            Verdict v = buildAndRun(f, abi.equals("stack"), want);
            if (!(v instanceof Verdict.Pass)) return v;
        }
        return new Verdict.Pass();
    }

    private Verdict buildAndRun(SuiteFile f, boolean stackAbi, String want) throws IOException, InterruptedException {
        String abi = stackAbi ? "-abi=stack" : "-abi=register";
        Diagnostics diags = new Diagnostics();
        byte[] exe;
        try {
            exe = new Builder(stackAbi, PassOptions.DEFAULT, false, diags).build(List.of(f.path().toString()));
        } catch (RuntimeException | StackOverflowError e) {
            return new Verdict.Fail(abi + ": jgo crashed: " + e);
        }
        if (exe == null) {
            Diagnostic first = diags.sorted().getFirst();
            boolean unsupported = first.message().contains("not supported yet");
            String reason = first.message();
            return unsupported ? new Verdict.Skip(reason) : new Verdict.Fail(abi + ": " + first);
        }
        Path bin = dir.resolve("prog");
        Linker.writeExecutable(bin, exe);
        Path output = dir.resolve("output");
        Process p = new ProcessBuilder(bin.toString()).directory(f.path().getParent().toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        p.getOutputStream().close();
        if (!p.waitFor(TIME_LIMIT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            return new Verdict.Fail(abi + ": timed out after " + TIME_LIMIT_SECONDS + " s");
        }
        String got = Files.readString(output, StandardCharsets.ISO_8859_1);
        want = new String(want.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        if (p.exitValue() != 0) return new Verdict.Fail(abi + ": exit status " + p.exitValue() + ": " + got);
        if (!got.equals(want)) return new Verdict.Fail(abi + ": output differs from the .out file: " + got);
        return new Verdict.Pass();
    }

    private static String oneLine(String s) {
        String first = s.strip().lines().findFirst().orElse("");
        return first.length() > 160 ? first.substring(0, 160) + "…" : first;
    }
}
