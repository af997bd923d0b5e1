package dev.jgo.build;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where jgo's own files are: the repository root, holding the Go standard library in src/main/go. */
public final class JgoRoot {
    private JgoRoot() {}

    /** The root from the {@code jgo.root} property (set by the launcher), else found from the jar's place. */
    public static Path get() {
        String prop = System.getProperty("jgo.root");
        if (prop != null && !prop.isEmpty()) return Path.of(prop).toAbsolutePath();
        try {
            Path p = Path.of(JgoRoot.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path d = p; d != null; d = d.getParent()) {
                if (Files.isDirectory(d.resolve("src/main/go"))) return d;
            }
        } catch (URISyntaxException | SecurityException ignored) {
            // fall through to the working directory
        }
        return Path.of("").toAbsolutePath();
    }

    /** The directory of jgo's standard library sources. */
    public static Path std() {
        return get().resolve("src/main/go");
    }
}
