package dev.jgo.syntax;

/** Parses one Go source file into a {@link File}, reporting syntax errors to the diagnostics. */
public final class Parser {
    private Parser() {}

    /**
     * Parses src (the file's bytes, UTF-8) named filename. Never throws on bad input: errors go to
     * diags and the returned tree contains Bad nodes where input could not be parsed.
     */
    public static File parse(String filename, byte[] src, Diagnostics diags) {
        throw new UnsupportedOperationException("parser not written yet");
    }
}
