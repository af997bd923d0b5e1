package dev.jgo.syntax;

/** One error found in the user's program. */
public record Diagnostic(Pos pos, String message) implements Comparable<Diagnostic> {
    /** gc's syntax errors are those whose message says so; they alone are deduplicated per line. */
    public boolean isSyntaxError() {
        return message.startsWith("syntax error");
    }

    /**
     * Whether the parser's tree may be incomplete after this error, so type checking must not
     * run. gc checks a package despite other parser errors (e.g. a 3-index slice without its
     * middle index), and so does jgo.
     */
    public boolean leavesTreeIncomplete() {
        return isSyntaxError() || message.startsWith("internal compiler error") || message.equals(NESTING_TOO_DEEP);
    }

    /** The parser's error for input nested deeper than the stack allows (gc has no such limit). */
    public static final String NESTING_TOO_DEEP = "expression nesting too deep";

    @Override
    public int compareTo(Diagnostic o) {
        return pos.compareTo(o.pos);
    }

    @Override
    public String toString() {
        return pos.isKnown() ? pos + ": " + message : message;
    }
}
