package dev.jgo.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a runner's report to target/ (under jgo.root, which the build sets) and says where.
 * Control characters that messages may carry from test sources (a NUL in an import path) are
 * written as \xNN, so the report stays a text file.
 */
final class Report {
    private Report() {}

    private static String printable(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.chars().forEach(c -> {
            if (c < 0x20 && c != '\n' && c != '\t' || c == 0x7f) b.append(String.format("\\x%02x", c));
            else b.append((char) c);
        });
        return b.toString();
    }

    static Path write(String fileName, String text) {
        Path target = Path.of(System.getProperty("jgo.root", ".")).resolve("target");
        try {
            Files.createDirectories(target);
            Path out = target.resolve(fileName);
            Files.writeString(out, printable(text), StandardCharsets.UTF_8);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
