package dev.jgo.syntax;

/** One error found in the user's program. */
public record Diagnostic(Pos pos, String message) implements Comparable<Diagnostic> {
    @Override
    public int compareTo(Diagnostic o) {
        return pos.compareTo(o.pos);
    }

    @Override
    public String toString() {
        return pos + ": " + message;
    }
}
