package dev.jgo.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a runner's report to target/ (under jgo.root, which the build sets) and says where. */
final class Report {
    private Report() {}

    static Path write(String fileName, String text) {
        Path target = Path.of(System.getProperty("jgo.root", ".")).resolve("target");
        try {
            Files.createDirectories(target);
            Path out = target.resolve(fileName);
            Files.writeString(out, text, StandardCharsets.UTF_8);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
