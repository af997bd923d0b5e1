package dev.jgo.ssa.expand;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jgo.abi.gotypes.TypeAdapter;
import dev.jgo.ssa.Check;
import dev.jgo.ssa.Func;
import dev.jgo.ssa.PassOptions;
import dev.jgo.ssa.Passes;
import dev.jgo.ssagen.SsaGen;
import dev.jgo.syntax.Diagnostics;
import dev.jgo.syntax.File;
import dev.jgo.syntax.Parser;
import dev.jgo.testing.GoOracle;
import dev.jgo.types.Checker;
import dev.jgo.types.Package;
import dev.jgo.types.Universe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every {@code // run} program of GOROOT/test without imports that ssagen builds is optimized and
 * expanded under both ABIs; the SSA checker must accept every function afterwards, and the pass
 * must not fail on any.
 */
class ExpandConformanceTest {
    @Test
    void everyProgramSsagenBuildsExpandsToValidSsaUnderBothAbis() throws IOException {
        Path dir = GoOracle.testDir().orElse(null);
        Assumptions.assumeTrue(dir != null, "GOROOT/test is not installed");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
        int built = 0, functions = 0;
        Map<String, String> failures = new TreeMap<>();
        for (Path p : files) {
            byte[] src = Files.readAllBytes(p);
            String text = new String(src, StandardCharsets.ISO_8859_1);
            if (!text.startsWith("// run\n") || text.contains("\nimport")) continue;
            for (boolean stack : new boolean[] {false, true}) {
                Diagnostics diags = new Diagnostics();
                File file = Parser.parse(p.getFileName().toString(), src, diags);
                Package pkg = Checker.check("main", List.of(file), (path, pos) -> path.equals("unsafe") ? Universe.UNSAFE : null, diags);
                if (diags.hasErrors()) break;
                List<Func> funcs = SsaGen.build(pkg, List.of(file), diags);
                if (diags.hasErrors()) break;
                if (!stack) built++;
                TypeAdapter adapter = new TypeAdapter(pkg);
                ExpandConfig cfg = stack ? ExpandConfig.stack(adapter) : ExpandConfig.registers(adapter);
                for (Func f : funcs) {
                    try {
                        Passes.run(f, PassOptions.DEFAULT.withCheck(true));
                        ExpandCalls.run(f, cfg);
                        Check.run(f);
                        functions++;
                    } catch (RuntimeException e) {
                        failures.put(p.getFileName() + " " + f.name() + (stack ? " (stack)" : ""), e.toString());
                    }
                }
            }
        }
        System.out.printf("GOROOT/test programs built: %d, functions expanded and checked (both ABIs): %d%n", built, functions);
        failures.forEach((k, v) -> System.out.println("FAIL " + k + ": " + v));
        assertTrue(built > 0, "no program built");
        assertTrue(failures.isEmpty(), failures.size() + " functions failed: " + failures.keySet());
    }
}
