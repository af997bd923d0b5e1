package dev.jgo.cmd;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code jgo version}: prints the version in the go command's format. */
@Command(name = "version", description = "print jgo version")
public final class VersionCommand implements Callable<Integer> {
    static final String VERSION = "jgo0.1.0 (go1.19 language)";

    @Override
    public Integer call() {
        System.out.println("jgo version " + VERSION + " linux/amd64");
        return 0;
    }
}
