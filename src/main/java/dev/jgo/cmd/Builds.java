package dev.jgo.cmd;

import dev.jgo.build.Builder;
import dev.jgo.ssa.DumpConfig;
import dev.jgo.ssa.PassOptions;
import dev.jgo.syntax.Diagnostic;
import dev.jgo.syntax.Diagnostics;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** What build, run and tool compile share: reading -abi and -d, and reporting a build's errors. */
final class Builds {
    private static final String ICE = "internal compiler error: ";

    private Builds() {}

    /** A usage problem in the flags, reported as the go command does (exit 2). */
    static final class BadFlag extends Exception {
        BadFlag(String message) {
            super(message);
        }
    }

    /** The builder for -abi and -d (gc-style ssa debug options; dumps go to standard output). */
    static Builder builder(String abi, String debug, boolean listings, Diagnostics diags) throws BadFlag {
        if (!abi.equals("register") && !abi.equals("stack")) throw new BadFlag("invalid value \"" + abi + "\" for flag -abi: must be register or stack");
        PassOptions passes;
        try {
            passes = PassOptions.parse(debug == null ? "" : debug, true, DumpConfig.toStream(System.out));
        } catch (IllegalArgumentException e) {
            throw new BadFlag(e.getMessage());
        }
        return new Builder(abi.equals("stack"), passes, listings, diags);
    }

    /**
     * Prints the errors and returns the exit status: 3 when any is a jgo bug (printed as
     * "internal compiler error: pos: …"), else 1 for user errors, 0 for none.
     */
    static int report(Diagnostics diags, PrintStream err) {
        List<Diagnostic> ices = diags.sorted().stream().filter(d -> d.message().startsWith(ICE)).toList();
        if (ices.isEmpty()) return ErrorPrinter.print(diags, err);
        for (Diagnostic d : ices) {
            String where = d.pos().isKnown() ? d.pos() + ": " : "";
            err.println(ICE + where + d.message().substring(ICE.length()));
        }
        return 3;
    }

    static int usage(BadFlag e) {
        System.err.println(e.getMessage());
        return 2;
    }

    /** gc's default executable name: the directory's base name, or the first file's without .go. */
    static Path defaultOutput(List<String> inputs) {
        if (inputs.isEmpty()) return Path.of(Path.of("").toAbsolutePath().getFileName().toString());
        String first = inputs.getFirst();
        if (first.endsWith(".go")) {
            String base = Path.of(first).getFileName().toString();
            return Path.of(base.substring(0, base.length() - 3));
        }
        return Path.of(Path.of(first).toAbsolutePath().normalize().getFileName().toString());
    }
}
