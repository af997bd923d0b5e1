package dev.jgo.syntax;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects the errors of one compilation. Every stage reports here instead of throwing, so a
 * user's mistake never becomes a Java exception.
 */
public final class Diagnostics {
    /** gc stops printing after this many errors and says "too many errors". */
    public static final int PRINT_LIMIT = 10;

    private final List<Diagnostic> list = new ArrayList<>();

    public void error(Pos pos, String message) {
        list.add(new Diagnostic(pos, message));
    }

    public boolean hasErrors() {
        return !list.isEmpty();
    }

    public int count() {
        return list.size();
    }

    /**
     * The errors sorted by position, as gc prints them: an exact repeat of an error on the same
     * line is dropped, and so is every syntax error after the first on a line.
     */
    public List<Diagnostic> sorted() {
        List<Diagnostic> sorted = new ArrayList<>(list);
        Collections.sort(sorted);
        List<Diagnostic> out = new ArrayList<>();
        Diagnostic last = null;
        for (Diagnostic d : sorted) {
            if (last != null && sameLine(last, d)
                    && (last.message().equals(d.message()) || last.isSyntaxError() && d.isSyntaxError())) {
                continue;
            }
            out.add(d);
            last = d;
        }
        return out;
    }

    private static boolean sameLine(Diagnostic a, Diagnostic b) {
        return a.pos().file().equals(b.pos().file()) && a.pos().line() == b.pos().line();
    }
}
