package dev.jgo.obj;

/** A source file and 1-based line, printed {@code file:line} as tracebacks and gdb show it. */
public record SourceLine(String file, int line) {
    @Override
    public String toString() {
        return file + ":" + line;
    }
}
