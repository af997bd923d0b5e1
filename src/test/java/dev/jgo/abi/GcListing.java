package dev.jgo.abi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs gc's compiler on one Go file for linux/arch and returns its assembly listing (-S). */
final class GcListing {
    private GcListing() {}

    /** The listing; extra flags go before the file (e.g. "-symabis", path). Fails if gc does. */
    static String compile(Path go, Arch arch, Path file, String... flags) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(go.toString(), "tool", "compile", "-S", "-p", "main",
                "-o", file.resolveSibling(file.getFileName() + ".o").toString()));
        command.addAll(List.of(flags));
        command.add(file.toString());
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("GOOS", "linux");
        pb.environment().put("GOARCH", arch.goarch());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String listing = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("gc failed on " + file + ":\n" + listing.lines().limit(20).toList());
        }
        return listing;
    }
}
