package dev.jgo.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jgo.syntax.Diagnostic;
import dev.jgo.syntax.Diagnostics;
import dev.jgo.syntax.File;
import dev.jgo.syntax.Parser;
import dev.jgo.testing.GoOracle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The checker over gc's conformance suite (slow: only with -Djgo.tier=all). Programs gc runs or
 * compiles must check cleanly; errorcheck tests must get an error on exactly the annotated lines.
 * Files importing anything but unsafe are left out: jgo's standard library is not there yet.
 */
class ConformanceTest {
    private static List<Path> tests(String header) throws IOException {
        Path dir = GoOracle.testDir().orElseThrow().toRealPath();
        List<Path> out = new ArrayList<>();
        for (String sub : List.of("", "fixedbugs", "ken", "chan", "interface", "syntax")) {
            Path d = dir.resolve(sub);
            try (Stream<Path> s = Files.list(d)) {
                for (Path f : s.filter(p -> p.toString().endsWith(".go")).sorted().toList()) {
                    String first = Files.readString(f, StandardCharsets.ISO_8859_1).lines().findFirst().orElse("");
                    if (first.trim().equals(header)) out.add(f);
                }
            }
        }
        return out;
    }

    /** The errors of checking f alone; null when it imports a package other than unsafe or does not parse. */
    private static List<Diagnostic> check(Path f) throws IOException {
        Diagnostics syntax = new Diagnostics();
        File file = Parser.parse(f.toString(), Files.readAllBytes(f), syntax);
        if (syntax.hasErrors()) return null;
        Diagnostics diags = new Diagnostics();
        boolean[] imports = {false};
        Checker.check("main", List.of(file), (path, pos) -> {
            imports[0] = true;
            return null;
        }, diags);
        return imports[0] ? null : diags.sorted();
    }

    @Test
    void runAndCompileTestsCheckCleanly() throws IOException {
        assumeTrue("all".equals(System.getProperty("jgo.tier")) && GoOracle.testDir().isPresent());
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (String header : List.of("// run", "// compile")) {
            for (Path f : tests(header)) {
                List<Diagnostic> ds = check(f);
                if (ds == null) continue;
                checked++;
                if (!ds.isEmpty()) failures.add(ds.get(0).toString());
            }
        }
        assertTrue(checked > 700, "only " + checked + " programs checked");
        assertEquals(List.of(), failures);
    }

    @Test
    void errorcheckTestsGetErrorsOnTheAnnotatedLines() throws IOException {
        assumeTrue("all".equals(System.getProperty("jgo.tier")) && GoOracle.testDir().isPresent());
        int total = 0, pass = 0;
        for (Path f : tests("// errorcheck")) {
            List<Diagnostic> ds = check(f);
            if (ds == null) continue;
            total++;
            Set<Integer> want = new TreeSet<>(), got = new TreeSet<>();
            List<String> lines = Files.readString(f, StandardCharsets.ISO_8859_1).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("// ERROR") || lines.get(i).contains("// GC_ERROR")) want.add(i + 1);
            }
            for (Diagnostic d : ds) got.add(d.pos().line());
            if (want.equals(got)) pass++;
        }
        assertTrue(pass >= total * 0.9, pass + " of " + total + " errorcheck tests pass");
    }
}
