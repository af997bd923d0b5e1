package dev.jgo.syntax;

/**
 * A position in a source file: 1-based line and 1-based byte column, as gc reports them.
 * Printed as {@code file:line:col}.
 */
public record Pos(String file, int line, int col) implements Comparable<Pos> {
    public static final Pos NONE = new Pos("", 0, 0);

    public boolean isKnown() {
        return line > 0;
    }

    @Override
    public int compareTo(Pos o) {
        int c = file.compareTo(o.file);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(col, o.col);
    }

    @Override
    public String toString() {
        return col > 0 ? file + ":" + line + ":" + col : file + ":" + line;
    }
}
