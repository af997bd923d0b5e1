package dev.jgo.ssagen;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jgo.ssa.Func;
import dev.jgo.ssa.PassOptions;
import dev.jgo.ssa.Passes;
import dev.jgo.syntax.Diagnostics;
import dev.jgo.syntax.File;
import dev.jgo.syntax.Parser;
import dev.jgo.testing.GoOracle;
import dev.jgo.types.Checker;
import dev.jgo.types.Package;
import dev.jgo.types.Universe;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Measures how much of gc's conformance suite already runs through SSA: every top-level
 * `// run` program of GOROOT/test that imports nothing is built, optimized and interpreted, and
 * its output compared with its .out file. Programs using constructs not supported yet are
 * counted, not failed; a program that builds but prints something else is a failure.
 */
class ConformanceRunTest {
    @Test
    void runProgramsThatBuildPrintTheirExpectedOutput() throws IOException {
        Assumptions.assumeTrue("all".equals(System.getProperty("jgo.tier")), "slow: runs with -Djgo.tier=all");
        Path dir = GoOracle.testDir().orElse(null);
        Assumptions.assumeTrue(dir != null, "GOROOT/test is not installed");
        int total = 0, built = 0, passed = 0;
        Map<String, String> failures = new TreeMap<>();
        Map<String, Integer> unsupported = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
        for (Path p : files) {
            byte[] src = Files.readAllBytes(p);
            String text = new String(src, StandardCharsets.ISO_8859_1);
            if (!text.startsWith("// run\n") || text.contains("\nimport")) continue;
            total++;
            Diagnostics diags = new Diagnostics();
            File file = Parser.parse(p.getFileName().toString(), src, diags);
            Package pkg = Checker.check("main", List.of(file), (path, pos) -> path.equals("unsafe") ? Universe.UNSAFE : null, diags);
            if (diags.hasErrors()) continue;
            List<Func> funcs = SsaGen.build(pkg, List.of(file), diags);
            if (diags.hasErrors()) {
                unsupported.merge(diags.sorted().getFirst().message(), 1, Integer::sum);
                continue;
            }
            built++;
            Path outFile = Path.of(p.toString().replaceAll("\\.go$", ".out"));
            String want = Files.exists(outFile) ? Files.readString(outFile, StandardCharsets.ISO_8859_1) : "";
            String got;
            try {
                for (Func f : funcs) Passes.run(f, PassOptions.DEFAULT.withCheck(true));
                got = new SsaInterp(funcs).run();
            } catch (RuntimeException e) {
                if (String.valueOf(e.getMessage()).startsWith(InterpRuntime.MISSING)) {
                    // defer and recover resume frames, which the interpreter cannot do: a gap of the interpreter, not of ssagen
                    unsupported.merge(e.getMessage(), 1, Integer::sum);
                    built--;
                    continue;
                }
                got = "exception: " + e;
            }
            if (got.equals(want)) passed++;
            else failures.put(p.getFileName().toString(), got.length() > 200 ? got.substring(0, 200) : got);
        }
        System.out.printf("GOROOT/test run programs without imports: %d, built into SSA: %d, ran correctly: %d%n", total, built, passed);
        unsupported.forEach((k, v) -> System.out.println("  " + v + " × " + k));
        failures.forEach((k, v) -> System.out.println("FAIL " + k + ": " + v.replace("\n", "\\n")));
        assertTrue(failures.isEmpty(), failures.size() + " programs built but printed something else: " + failures.keySet());
    }

    /**
     * Every `// run` and `// compile` program of GOROOT/test (outside typeparam) that imports
     * nothing and type-checks is either built into SSA that passes the checker before and after
     * every pass, or gets "not supported yet" diagnostics: never an internal compiler error.
     */
    @Test
    void noProgramCausesAnInternalError() throws IOException {
        Assumptions.assumeTrue("all".equals(System.getProperty("jgo.tier")), "slow: runs with -Djgo.tier=all");
        Path dir = GoOracle.testDir().orElse(null);
        Assumptions.assumeTrue(dir != null, "GOROOT/test is not installed");
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir, FileVisitOption.FOLLOW_LINKS)) {
            files = s.filter(p -> p.toString().endsWith(".go") && !p.toString().contains("typeparam")).sorted().toList();
        }
        int checked = 0;
        List<String> errors = new java.util.ArrayList<>();
        for (Path p : files) {
            byte[] src = Files.readAllBytes(p);
            String text = new String(src, StandardCharsets.ISO_8859_1);
            if (!(text.startsWith("// run\n") || text.startsWith("// compile\n"))) continue;
            if (text.replace("import \"unsafe\"", "").contains("\nimport")) continue;
            Diagnostics diags = new Diagnostics();
            File file = Parser.parse(p.getFileName().toString(), src, diags);
            Package pkg = Checker.check("main", List.of(file), (path, pos) -> path.equals("unsafe") ? Universe.UNSAFE : null, diags);
            if (diags.hasErrors()) continue;
            checked++;
            try {
                for (Func f : SsaGen.build(pkg, List.of(file), diags)) Passes.run(f, PassOptions.DEFAULT.withCheck(true));
            } catch (RuntimeException e) {
                errors.add(p + ": " + e);
            }
            diags.sorted().stream().filter(d -> d.message().contains("internal compiler error")).forEach(d -> errors.add(d.toString()));
        }
        System.out.printf("GOROOT/test run and compile programs without imports: %d, internal errors: %d%n", checked, errors.size());
        assertTrue(errors.isEmpty(), String.join("\n", errors));
    }
}
