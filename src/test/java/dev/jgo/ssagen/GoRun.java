package dev.jgo.ssagen;

import dev.jgo.testing.GoOracle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Runs a Go program with gc (`go run`) and returns what a user compares: its output up to a panic line. */
final class GoRun {
    private GoRun() {}

    static Optional<String> output(String src) {
        Optional<Path> go = GoOracle.go();
        if (go.isEmpty()) return Optional.empty();
        try {
            Path dir = Files.createTempDirectory("ssagen");
            Path file = dir.resolve("prog.go");
            Files.writeString(file, src);
            ProcessBuilder pb = new ProcessBuilder(go.get().toString(), "run", file.toString()).redirectErrorStream(true);
            pb.environment().put("GOFLAGS", "-mod=mod");
            pb.environment().putIfAbsent("GOCACHE", System.getProperty("java.io.tmpdir") + "/jgo-gocache");
            pb.environment().put("GO111MODULE", "off");
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            p.waitFor();
            Files.delete(file);
            Files.delete(dir);
            return Optional.of(upToPanic(out));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The output through the line "panic: …", dropping the goroutine trace and exit status after it. */
    static String upToPanic(String out) {
        int i = out.startsWith("panic: ") ? 0 : out.indexOf("\npanic: ");
        if (i < 0) return out;
        if (i > 0) i++;
        int end = out.indexOf('\n', i);
        String line = out.substring(i, end < 0 ? out.length() : end);
        return out.substring(0, i) + line.replace(" [recovered]", "") + "\n";
    }
}
