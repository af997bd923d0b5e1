package dev.jgo.cmd;

import picocli.CommandLine.Command;

/** {@code jgo tool}: the individual tools (compile, check, abi). */
@Command(name = "tool", description = "run specified jgo tool",
        subcommands = {AsmCommand.class, CheckCommand.class, CompileCommand.class})
public final class ToolCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.err);
    }
}
