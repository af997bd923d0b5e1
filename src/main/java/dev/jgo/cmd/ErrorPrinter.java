package dev.jgo.cmd;

import dev.jgo.syntax.Diagnostic;
import dev.jgo.syntax.Diagnostics;
import java.io.PrintStream;
import java.util.List;

/** Prints a compilation's errors as gc does: sorted, at most ten, then "too many errors". */
final class ErrorPrinter {
    private ErrorPrinter() {}

    /** Prints the errors, if any, and returns the exit status they call for (0 or 1). */
    static int print(Diagnostics diags, PrintStream out) {
        List<Diagnostic> list = diags.sorted();
        for (int i = 0; i < list.size(); i++) {
            if (i == Diagnostics.PRINT_LIMIT) {
                out.println(list.get(i).pos() + ": too many errors");
                break;
            }
            out.println(list.get(i));
        }
        return list.isEmpty() ? 0 : 1;
    }
}
