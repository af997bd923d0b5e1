package dev.jgo.build;

import dev.jgo.syntax.Diagnostic;
import dev.jgo.syntax.Diagnostics;
import dev.jgo.syntax.Directive;
import dev.jgo.syntax.File;
import dev.jgo.syntax.Parser;
import dev.jgo.syntax.Pos;
import dev.jgo.types.Checker;
import dev.jgo.types.Importer;
import dev.jgo.types.Package;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds, parses and type-checks a program's packages: the main package named on the command
 * line and, recursively, everything it imports, resolved against jgo's standard library
 * (src/main/go) and the user's module (go.mod). Errors go to the diagnostics, never thrown.
 */
public final class Loader implements Importer {
    /** gc's import path for a package given as a list of files. */
    public static final String COMMAND_LINE_PACKAGE = "command-line-arguments";

    private final Path std;
    private final Diagnostics diags;
    private final Map<String, LoadedPackage> loaded = new HashMap<>();
    private final Set<String> inProgress = new HashSet<>();
    private final List<LoadedPackage> order = new ArrayList<>();
    private Module module;

    public Loader(Path std, Diagnostics diags) {
        this.std = std;
        this.diags = diags;
    }

    /** A loader for jgo's installed standard library. */
    public static Loader standard(Diagnostics diags) {
        return new Loader(JgoRoot.std(), diags);
    }

    /**
     * Loads the package named by the command-line inputs: a list of .go files of one directory,
     * or one directory (the current one when inputs is empty). Returns null when it could not be
     * found or did not check.
     */
    public LoadedPackage loadMain(List<String> inputs) {
        if (inputs.isEmpty()) inputs = List.of(".");
        if (inputs.stream().allMatch(s -> s.endsWith(".go"))) {
            Path dir = Path.of(inputs.get(0)).toAbsolutePath().getParent();
            module = Module.enclosing(dir);
            List<Path> files = inputs.stream().map(Path::of).toList();
            for (Path f : files) {
                if (!Files.isRegularFile(f)) {
                    diags.error(Pos.NONE, "open " + f + ": no such file or directory");
                    return null;
                }
            }
            return loadFiles(COMMAND_LINE_PACKAGE, dir, files, inputs.get(0));
        }
        if (inputs.size() != 1) {
            diags.error(Pos.NONE, "cannot mix directories and files, or build several directories: " + inputs);
            return null;
        }
        Path dir = Path.of(inputs.get(0));
        if (!Files.isDirectory(dir)) {
            diags.error(Pos.NONE, "stat " + inputs.get(0) + ": directory not found");
            return null;
        }
        module = Module.enclosing(dir);
        String path = module != null ? module.importPathOf(dir) : COMMAND_LINE_PACKAGE;
        return loadDir(path, dir, Pos.NONE);
    }

    /** Every package loaded so far, each after the packages it imports. */
    public List<LoadedPackage> packages() {
        return List.copyOf(order);
    }

    @Override
    public Package importPackage(String path, Pos pos) {
        LoadedPackage p = loaded.get(path);
        if (p != null) return p.types();
        if (inProgress.contains(path)) {
            diags.error(pos, "import cycle not allowed");
            return null;
        }
        Path dir = resolve(path);
        if (dir == null) {
            diags.error(pos, "package " + path + " is not in std (" + std + "/" + path + ")");
            return null;
        }
        LoadedPackage lp = loadDir(path, dir, pos);
        return lp == null ? null : lp.types();
    }

    private Path resolve(String path) {
        if (!isCanonical(path)) return null;
        Path inStd = std.resolve(path);
        if (Files.isDirectory(inStd)) return inStd;
        if (module != null) {
            Path inModule = module.dirOf(path);
            if (inModule != null && Files.isDirectory(inModule)) return inModule;
        }
        return null;
    }

    /**
     * Whether path is a clean import path: slash-separated non-empty elements, none "." or "..",
     * so that resolving it can never leave the standard library or the module.
     */
    private static boolean isCanonical(String path) {
        if (path.isEmpty() || path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0) return false;
        for (String elem : path.split("/", -1)) {
            if (elem.isEmpty() || elem.equals(".") || elem.equals("..")) return false;
        }
        return true;
    }

    private LoadedPackage loadDir(String path, Path dir, Pos importPos) {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(f -> isPackageSource(f.getFileName().toString())).sorted().toList();
        } catch (IOException e) {
            diags.error(importPos, "cannot read directory " + dir + ": " + e.getMessage());
            return null;
        }
        if (files.isEmpty()) {
            diags.error(importPos, "no Go files in " + dir);
            return null;
        }
        return loadFiles(path, dir, files, dir.toString());
    }

    private static boolean isPackageSource(String name) {
        return name.endsWith(".go") && !name.endsWith("_test.go") && !name.startsWith("_")
                && !name.startsWith(".") && BuildConstraint.fileNameMatches(name);
    }

    private LoadedPackage loadFiles(String path, Path dir, List<Path> paths, String where) {
        inProgress.add(path);
        try {
            List<File> files = parseIncluded(paths);
            if (files == null) return null;
            if (files.isEmpty()) {
                diags.error(Pos.NONE, "build constraints exclude all Go files in " + where);
                return null;
            }
            if (!samePackageName(files, dir)) return null;
            Package types = Checker.check(path, files, this, diags);
            if (diags.hasErrors()) return null;
            LoadedPackage lp = new LoadedPackage(path, dir, files, types);
            loaded.put(path, lp);
            order.add(lp);
            return lp;
        } finally {
            inProgress.remove(path);
        }
    }

    /**
     * Parses the files and keeps those whose //go:build line admits linux/amd64; null when a
     * syntax error leaves a tree incomplete (other parser errors are reported and checking goes on).
     */
    private List<File> parseIncluded(List<Path> paths) {
        List<File> files = new ArrayList<>();
        boolean syntaxErrors = false;
        for (Path p : paths) {
            byte[] src;
            try {
                src = Files.readAllBytes(p);
            } catch (IOException e) {
                diags.error(Pos.NONE, "open " + p + ": " + e.getMessage());
                syntaxErrors = true;
                continue;
            }
            Diagnostics own = new Diagnostics();
            File f = Parser.parse(p.toString(), src, own);
            if (!included(f)) continue;
            own.sorted().forEach(d -> diags.error(d.pos(), d.message()));
            syntaxErrors |= own.sorted().stream().anyMatch(Diagnostic::leavesTreeIncomplete);
            files.add(f);
        }
        return syntaxErrors ? null : files;
    }

    private static boolean included(File f) {
        for (Directive d : f.directives()) {
            if (d.name().equals("go:build")) return BuildConstraint.holds(d.args());
        }
        return true;
    }

    private boolean samePackageName(List<File> files, Path dir) {
        File first = files.get(0);
        for (File f : files) {
            if (!f.pkgName().name().equals(first.pkgName().name())) {
                diags.error(f.pkgName().pos(), "found packages " + first.pkgName().name() + " ("
                        + Path.of(first.filename()).getFileName() + ") and " + f.pkgName().name() + " ("
                        + Path.of(f.filename()).getFileName() + ") in " + dir);
                return false;
            }
        }
        return true;
    }
}
