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
 * Compiles programs of Go's test suite with gc ({@code go tool compile -S}), reads every function's
 * listing back into Progs, assembles them with jgo's encoder (jump padding on, as for compiled code)
 * and prints them with jgo's printer: the listing, instruction lines, hex dump of the code and
 * relocations, must come out exactly as gc printed it. The fast tier compiles a fixed sample; the
 * "all" tier every {@code // run} program of test/, test/ken and test/chan that gc compiles alone.
 */
class GcListingTest {
    private static final List<String> PROGRAMS = List.of("235.go", "chan/sieve1.go", "ken/chan.go", "mallocfin.go",
            "ken/cplx4.go", "ken/divconst.go", "ken/modconst.go", "divmod.go", "nilptr2.go", "ken/embed.go",
            "bigalg.go", "closure2.go", "stringrange.go", "simassign.go");

    private static final boolean ALL = "all".equals(System.getProperty("jgo.tier"));

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

    @Test
    void jgoReproducesGcListings() throws IOException, InterruptedException {
        Path go = GoOracle.go().orElse(null);
        Assumptions.assumeTrue(go != null && GoOracle.testDir().isPresent(), "Go 1.19 and its test suite are not installed");
        Path out = Files.createTempFile("jgo-listing", ".o");
        GcListing parser = new GcListing();
        int functions = 0, instructions = 0;
        List<String> mismatches = new ArrayList<>();
        try {
            for (Path src : programs(GoOracle.testDir().get())) {
                String program = src.toString();
                Process p = new ProcessBuilder(go.toString(), "tool", "compile", "-S", "-p", "main", "-o", out.toString(), src.toString())
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                String listing = new String(p.getInputStream().readAllBytes());
                if (p.waitFor() != 0) {
                    assertTrue(ALL, () -> "gc failed to compile " + program);
                    continue;
                }
                for (GcListing.Function f : parser.parse(listing)) {
                    Code code = Encoder.assemble(f.progs(), Encoder.Padding.JUMPS);
                    String ours = Plan9.function(f.text(), f.progs(), code);
                    functions++;
                    instructions += (int) f.progs().stream().filter(q -> q.op() != Op.LABEL).count();
                    if (!ours.equals(f.expected())) mismatches.add(firstDifference(f.text().symbol(), f.expected(), ours));
                }
            }
        } finally {
            Files.delete(out);
        }
        System.out.println("GcListingTest: " + functions + " functions (" + instructions + " instructions) listed identically to gc: "
                + (functions - mismatches.size()) + "; skipped (unmodelled instructions): " + parser.skipped + " "
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
