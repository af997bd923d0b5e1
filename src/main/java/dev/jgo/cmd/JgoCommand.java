package dev.jgo.cmd;

import picocli.CommandLine.Command;

/** The top-level {@code jgo} command; its subcommands do the work. */
@Command(name = "jgo",
        description = "jgo is a Go toolchain written in Java (Go 1.19, linux/amd64).",
        mixinStandardHelpOptions = false,
        subcommands = {
            BuildCommand.class,
            RunCommand.class,
            ToolCommand.class,
            VersionCommand.class,
            picocli.CommandLine.HelpCommand.class,
        })
public final class JgoCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.err);
    }
}
