package dev.jgo.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jgo.testing.GoOracle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Differential test of jgo's standard library against gc's, with gc as the compiler for both:
 * our packages are copied into a module {@code jgostd} (so {@code strings} becomes
 * {@code jgostd/strings}), and each program of src/test/resources/stdlib is built twice, once
 * importing Go's packages and once ours. The two must print the same thing.
 */
class StdlibOracleTest {
    private static final String MODULE = "jgostd";
    private static final Path PROGRAMS = Path.of("src/test/resources/stdlib");

    @Test
    void ourPackagesPrintWhatGosPrint() throws Exception {
        Path go = GoOracle.go().orElse(null);
        assumeTrue(go != null, "gc 1.19 is not installed");
        Path work = Files.createTempDirectory("jgo-stdlib-");
        Set<String> ours = new HashSet<>(StdlibPackages.paths());
        Files.writeString(work.resolve("go.mod"), "module " + MODULE + "\n\ngo 1.19\n");
        for (String pkg : ours) {
            Path dir = Files.createDirectories(work.resolve(pkg));
            for (Path src : StdlibPackages.sources(pkg)) {
                Files.writeString(dir.resolve(src.getFileName()),
                        StdlibPackages.rewriteImports(Files.readString(src), ours, MODULE));
            }
        }
        List<String> programs = new ArrayList<>();
        try (Stream<Path> files = Files.list(PROGRAMS)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".go")).sorted().toList()) {
                String name = p.getFileName().toString().replace(".go", "");
                String src = Files.readString(p);
                write(work.resolve("oracle/gc_" + name + "/main.go"), src);
                write(work.resolve("oracle/jgo_" + name + "/main.go"), StdlibPackages.rewriteImports(src, ours, MODULE));
                programs.add(name);
            }
        }
        Path bin = Files.createDirectories(work.resolve("bin"));
        Run build = run(work, go.toString(), "build", "-o", bin + "/", "./...");
        assertEquals(0, build.status, "gc could not build our packages or the programs:\n" + build.output);
        List<String> failures = new ArrayList<>();
        for (String name : programs) {
            Run want = run(work, bin.resolve("gc_" + name).toString());
            Run got = run(work, bin.resolve("jgo_" + name).toString());
            String diff = firstDifference(want.output, got.output);
            if (diff != null) failures.add(name + ": " + diff);
        }
        if (!failures.isEmpty()) fail(String.join("\n", failures));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** The first line where the outputs differ, or null when they are equal. */
    private static String firstDifference(String want, String got) {
        if (want.equals(got)) return null;
        String[] w = want.split("\n", -1), g = got.split("\n", -1);
        for (int i = 0; i < Math.max(w.length, g.length); i++) {
            String a = i < w.length ? w[i] : "<end>", b = i < g.length ? g[i] : "<end>";
            if (!a.equals(b)) return "line " + (i + 1) + ": gc's package prints\n    " + a + "\n  ours prints\n    " + b;
        }
        return "outputs differ";
    }

    private record Run(int status, String output) {}

    private static Run run(Path dir, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("GOFLAGS", "-mod=mod");
        env.put("GO111MODULE", "on");
        env.put("GOPROXY", "off");
        env.put("GOCACHE", dir.resolve(".gocache").toString());
        env.put("GOPATH", dir.resolve(".gopath").toString());
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        return new Run(p.waitFor(), new String(out));
    }
}
