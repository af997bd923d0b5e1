package dev.jgo.cmd;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

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
public final class JgoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** Without a subcommand: the usage, and exit status 2 as the go command gives. */
    @Override
    public Integer call() {
        spec.commandLine().usage(System.err);
        return 2;
    }
}
