package dev.jgo.types;

import dev.jgo.syntax.Diagnostic;
import dev.jgo.syntax.Diagnostics;
import dev.jgo.syntax.File;
import dev.jgo.syntax.Parser;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks Go sources given as strings, with an importer serving packages checked the same way. */
final class CheckSupport {
    final Map<String, Package> packages = new HashMap<>();
    final Diagnostics diags = new Diagnostics();

    /** Checks src as package path (file name x.go); returns the package. */
    Package check(String path, String src) {
        Diagnostics own = new Diagnostics();
        File f = Parser.parse("x.go", src.getBytes(StandardCharsets.UTF_8), own);
        if (own.hasErrors()) throw new AssertionError("syntax errors: " + own.sorted());
        Importer importer = (p, pos) -> {
            Package imp = packages.get(p);
            if (imp == null) diags.error(pos, "package " + p + " is not in std");
            return imp;
        };
        Package pkg = Checker.check(path, List.of(f), importer, diags);
        packages.put(path, pkg);
        return pkg;
    }

    /** The errors of checking src as package main, as "line:col: message". */
    static List<String> errors(String src) {
        CheckSupport s = new CheckSupport();
        s.check("main", src);
        return s.messages();
    }

    List<String> messages() {
        return diags.sorted().stream().map(CheckSupport::lineCol).toList();
    }

    private static String lineCol(Diagnostic d) {
        return d.pos().line() + ":" + d.pos().col() + ": " + d.message();
    }
}
