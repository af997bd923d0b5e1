package dev.jgo.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds gc 1.19, the oracle jgo is tested against, from Debian's golang-1.19-go package (never a
 * hard-coded path), and its GOROOT with the sources and the conformance suite.
 */
public final class GoOracle {
    private static Optional<Path> go;

    private GoOracle() {}

    /** The go binary of golang-1.19-go, if installed. */
    public static synchronized Optional<Path> go() {
        if (go == null) go = locate();
        return go;
    }

    /** GOROOT of the oracle: the directory holding src/ and test/. */
    public static Optional<Path> goroot() {
        return go().map(g -> g.getParent().getParent());
    }

    /** The conformance suite, GOROOT/test. */
    public static Optional<Path> testDir() {
        return goroot().map(r -> r.resolve("test")).filter(Files::isDirectory);
    }

    /**
     * A throw-away file for gc's {@code -o}. Never pass /dev/null: gc, run as root, deletes its
     * output file when compilation fails, and that would remove /dev/null from the machine.
     */
    public static Path scratchObject() throws IOException {
        Path f = Files.createTempFile("jgo-gc-", ".o");
        f.toFile().deleteOnExit();
        return f;
    }

    private static Optional<Path> locate() {
        try {
            Process p = new ProcessBuilder("dpkg-query", "-L", "golang-1.19-go").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            p.waitFor();
            return out.lines().filter(l -> l.endsWith("/bin/go")).map(Path::of)
                    .filter(Files::isExecutable).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
