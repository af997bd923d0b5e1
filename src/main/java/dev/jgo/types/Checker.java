package dev.jgo.types;

import dev.jgo.syntax.Diagnostics;
import dev.jgo.syntax.File;
import java.util.List;

/** Type-checks the files of one package. */
public final class Checker {
    private Checker() {}

    /** Checks files as the package importPath; errors go to diags. */
    public static Package check(String importPath, List<File> files, Importer importer, Diagnostics diags) {
        throw new UnsupportedOperationException("type checker not written yet");
    }
}
