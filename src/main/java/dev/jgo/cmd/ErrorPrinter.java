package dev.jgo.cmd;

import dev.jgo.syntax.Diagnostic;
import dev.jgo.syntax.Diagnostics;
import java.io.PrintStream;
import java.util.List;

/**
 * Prints a compilation's errors as gc does: sorted, and when there are ten or more, the first
 * ten followed by "too many errors" at the tenth one's position (gc stops at its tenth error).
 */
final class ErrorPrinter {
    private ErrorPrinter() {}

    /** Prints the errors, if any, and returns the exit status they call for (0 or 1). */
    static int print(Diagnostics diags, PrintStream out) {
        List<Diagnostic> list = diags.sorted();
        int shown = Math.min(list.size(), Diagnostics.PRINT_LIMIT);
        for (int i = 0; i < shown; i++) out.println(list.get(i));
        if (list.size() >= Diagnostics.PRINT_LIMIT) out.println(list.get(shown - 1).pos() + ": too many errors");
        return list.isEmpty() ? 0 : 1;
    }
}
