package dev.jgo.stdlib;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The standard-library packages under src/main/go that are tested here: every directory holding
 * Go files, except the runtime, which has its own tests.
 */
final class StdlibPackages {
    /** jgo's standard library, relative to the project root where Maven runs the tests. */
    static final Path ROOT = Path.of("src/main/go");

    private static final Pattern IMPORT_LINE =
            Pattern.compile("^(\\s*(?:import\\s+)?(?:[\\w.]+\\s+)?)\"([^\"]+)\"(\\s*(?://.*)?)$", Pattern.MULTILINE);

    private StdlibPackages() {}

    /** The import paths of the packages, sorted. */
    static List<String> paths() {
        try (Stream<Path> dirs = Files.walk(ROOT)) {
            return dirs.filter(Files::isDirectory).filter(StdlibPackages::hasGoFiles)
                    .map(d -> ROOT.relativize(d).toString().replace('\\', '/'))
                    .filter(p -> !p.equals("runtime") && !p.startsWith("runtime/"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The package's source files: Go files that are not tests, and assembly files. */
    static List<Path> sources(String path) {
        try (Stream<Path> files = Files.list(ROOT.resolve(path))) {
            return files.filter(f -> {
                String n = f.getFileName().toString();
                return (n.endsWith(".go") && !n.endsWith("_test.go")) || n.endsWith(".s");
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hasGoFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".go"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Go source with each import of one of the packages moved under the module prefix, so that
     * gc builds ours instead of its own (a line holding only a quoted path is an import spec).
     */
    static String rewriteImports(String source, Set<String> packages, String prefix) {
        Matcher m = IMPORT_LINE.matcher(source);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String path = m.group(2);
            String moved = packages.contains(path) ? prefix + "/" + path : path;
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + "\"" + moved + "\"" + m.group(3)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
