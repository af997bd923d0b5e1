package dev.jgo.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * One test of Go's conformance suite (GOROOT/test) with its recipe: the file's first line, or
 * its second when the first is a {@code // +build} line (as gc's harness skips it), e.g.
 * {@code // errorcheck} or {@code // run -gcflags=-l}. (gc's harness reads on to the first blank
 * line; that only differs for one file, fixedbugs/issue29402.go, a plain run test whose stray
 * whitespace line would make the copyright text its "arguments".)
 *
 * @param name     the path relative to GOROOT/test, e.g. {@code fixedbugs/bug385_64.go}
 * @param action   the recipe's first word ({@code errorcheck}, {@code run}, {@code compile}, ...)
 * @param args     the recipe's flags and arguments
 * @param admitted whether the header's build constraints let gc's harness run it on linux/amd64
 */
public record SuiteFile(Path path, String name, String source, String action, List<String> args,
                        boolean admitted) {
    /** The directories gc's harness runs, less typeparam/ (jgo's language has no type parameters yet). */
    private static final List<String> DIRS = List.of(".", "ken", "chan", "interface", "syntax",
            "dwarf", "fixedbugs", "codegen", "runtime", "abi");

    /** Whether this is the plain form of the action: no flags, no arguments. */
    public boolean is(String plainAction) {
        return action.equals(plainAction) && args.isEmpty();
    }

    /** Every test with a readable recipe, in a stable order. */
    public static List<SuiteFile> all(Path testDir) {
        List<SuiteFile> out = new ArrayList<>();
        for (String dir : DIRS) {
            Path d = testDir.resolve(dir).normalize();
            if (!Files.isDirectory(d)) continue;
            try (Stream<Path> s = Files.list(d)) {
                for (Path p : s.filter(f -> f.toString().endsWith(".go")).sorted().toList()) {
                    SuiteFile f = read(testDir, p);
                    if (f != null) out.add(f);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** The file's test, or null when its first line is no recipe. */
    private static SuiteFile read(Path testDir, Path p) throws IOException {
        String src = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
        String[] lines = src.split("\n", 3);
        String recipe = lines[0].contains("+build") && lines.length > 1 ? lines[1] : lines[0];
        if (!recipe.startsWith("//")) return null;
        List<String> words = Arrays.stream(recipe.substring(2).trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty()) return null;
        String name = testDir.relativize(p).toString();
        return new SuiteFile(p, name, src, words.get(0), words.subList(1, words.size()),
                HeaderConstraints.admit(src));
    }
}
