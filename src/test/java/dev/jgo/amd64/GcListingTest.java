package dev.jgo.amd64;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jgo.testing.GoOracle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Compiles Go code with gc ({@code go tool compile -S}), reads every function's listing back into
 * Progs, assembles them with jgo's encoder (jump padding on, as for compiled code) and prints them
 * with jgo's printer: the listing, instruction lines, padding, hex dump of the code and relocations,
 * must come out exactly as gc printed it. The fast tier compiles a sample of Go's test programs and
 * two standard packages; the "all" tier every {@code // run} program of test/, test/ken and
 * test/chan that gc compiles alone, and a wider set of pure-Go standard packages.
 */
class GcListingTest {
    private static final boolean ALL = "all".equals(System.getProperty("jgo.tier"));
    private static final List<String> PROGRAMS = List.of("235.go", "chan/sieve1.go", "ken/chan.go", "mallocfin.go",
            "ken/cplx4.go", "ken/divconst.go", "ken/modconst.go", "divmod.go", "nilptr2.go", "ken/embed.go",
            "bigalg.go", "closure2.go", "stringrange.go", "simassign.go");
    private static final List<String> PACKAGES = ALL
            ? List.of("strconv", "math/bits", "sort", "strings", "bytes", "fmt", "unicode/utf8", "encoding/binary",
                    "compress/flate", "regexp/syntax", "regexp", "encoding/json", "bufio", "hash/fnv", "time",
                    "text/template/parse", "go/scanner", "math/rand", "container/heap")
            : List.of("strconv", "math/bits");

    private final GcListing parser = new GcListing();
    private final List<String> mismatches = new ArrayList<>();
    private int functions, instructions;

    @Test
    void testProgramsListIdentically() throws IOException, InterruptedException {
        Path go = GoOracle.go().orElse(null);
        Assumptions.assumeTrue(go != null && GoOracle.testDir().isPresent(), "Go 1.19 and its test suite are not installed");
        for (Path src : programs(GoOracle.testDir().get())) {
            compile(go, src.toString(), List.of("-p", "main", src.toString())).ifPresent(this::compare);
        }
        report("test programs");
    }

    @Test
    void standardPackagesListIdentically() throws IOException, InterruptedException {
        Path go = GoOracle.go().orElse(null);
        Assumptions.assumeTrue(go != null, "Go 1.19 is not installed");
        Path cache = Files.createTempDirectory("jgo-gocache");
        try {
            for (String pkg : PACKAGES) {
                String[] info = run(go, cache, "list", "-f", "{{.Dir}}|{{join .GoFiles \" \"}}|{{join .SFiles \" \"}}", pkg).strip().split("\\|", -1);
                assertTrue(info.length == 3 && info[2].isEmpty(), () -> pkg + " is not a pure-Go package: " + String.join("|", info));
                List<String> args = new ArrayList<>(List.of("-std", "-p", pkg));
                for (String file : info[1].split(" ")) args.add(Path.of(info[0], file).toString());
                compile(go, pkg, args).ifPresent(this::compare);
            }
        } finally {
            try (var files = Files.walk(cache)) {
                for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(f);
            }
        }
        report("standard packages " + PACKAGES);
    }

    private static List<Path> programs(Path testDir) throws IOException {
        if (!ALL) return PROGRAMS.stream().map(testDir::resolve).toList();
        List<Path> all = new ArrayList<>();
        for (String dir : List.of(".", "ken", "chan")) {
            try (var files = Files.list(testDir.resolve(dir))) {
                for (Path f : files.filter(f -> f.toString().endsWith(".go")).sorted().toList()) {
                    if (Files.readString(f).startsWith("// run\n")) all.add(f);
                }
            }
        }
        return all;
    }

    /** gc's -S listing of one compilation; empty when gc rejects the input (allowed in the all tier). */
    private static java.util.Optional<String> compile(Path go, String what, List<String> args) throws IOException, InterruptedException {
        Path out = Files.createTempFile("jgo-listing", ".o");
        try {
            List<String> cmd = new ArrayList<>(List.of(go.toString(), "tool", "compile", "-S", "-o", out.toString()));
            cmd.addAll(args);
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String listing = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() == 0) return java.util.Optional.of(listing);
            assertTrue(ALL, () -> "gc failed to compile " + what);
            return java.util.Optional.empty();
        } finally {
            Files.delete(out);
        }
    }

    private static String run(Path go, Path cache, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(go.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder b = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
        b.environment().put("GOCACHE", cache.toString());
        Process p = b.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor() == 0, () -> "go " + String.join(" ", args) + " failed");
        return out;
    }

    private void compare(String listing) {
        for (GcListing.Function f : parser.parse(listing)) {
            Code code = Encoder.assemble(f.progs(), Encoder.Padding.JUMPS);
            String ours = Plan9.function(f.text(), f.progs(), code);
            functions++;
            instructions += (int) f.progs().stream().filter(q -> q.op() != Op.LABEL).count();
            if (!ours.equals(f.expected())) mismatches.add(firstDifference(f.text().symbol(), f.expected(), ours));
        }
    }

    private void report(String what) {
        System.out.println("GcListingTest, " + what + ": " + functions + " functions (" + instructions + " instructions), "
                + (functions - mismatches.size()) + " listed identically to gc; skipped (unmodelled): " + parser.skipped + " "
                + parser.unknown.stream().distinct().toList());
        assertTrue(mismatches.isEmpty(), () -> mismatches.size() + " functions differ:\n" + String.join("\n", mismatches.subList(0, Math.min(10, mismatches.size()))));
        assertTrue(functions > 100, "expected a large sample of functions");
    }

    /** The first line whose code offset differs (where the encodings diverge), else the first differing line. */
    private static String firstDifference(String name, String gc, String ours) {
        String[] a = gc.split("\n"), b = ours.split("\n");
        int n = Math.min(a.length, b.length), first = -1;
        for (int i = 1; i < n && first < 0; i++) {
            if (a[i].startsWith("\t0x") && b[i].startsWith("\t0x") && !a[i].substring(0, 12).equals(b[i].substring(0, 12))) first = i;
        }
        for (int i = 1; i < n && first < 0; i++) if (!a[i].equals(b[i])) first = i;
        if (first < 0) first = n;
        int from = Math.max(1, first - 2);
        StringBuilder s = new StringBuilder(name + " line " + (first + 1) + ":");
        for (int i = from; i <= first && i < n; i++) s.append("\n  gc:   ").append(a[i]).append("\n  jgo:  ").append(b[i]);
        return s.toString();
    }
}
