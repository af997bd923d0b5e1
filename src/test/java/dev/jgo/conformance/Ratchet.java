package dev.jgo.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A number of conformance tests that must keep passing, kept in
 * {@code src/test/resources/ratchet/<name>.count}. It only moves up: when more pass, the test
 * says so and the number is raised by hand in the same commit as the work that earned it.
 */
public record Ratchet(String name, int required) {
    /** The ratchet stored as ratchet/name.count on the test classpath. */
    public static Ratchet load(String name) {
        String resource = "/ratchet/" + name + ".count";
        try (InputStream in = Ratchet.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing src/test/resources" + resource);
            return new Ratchet(name, Integer.parseInt(new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails the calling test when fewer than required passed; prints the hint to raise it when more did. */
    public void enforce(int passed, Path report) {
        String file = "src/test/resources/ratchet/" + name + ".count";
        if (passed > required) {
            System.out.println(name + ": " + passed + " pass, more than the ratchet's " + required + ": raise " + file + " to " + passed);
        }
        assertTrue(passed >= required,
                () -> name + ": " + passed + " pass, fewer than the " + required + " required by " + file + " (see " + report + ")");
    }
}
