package dev.jgo.cmd;

import picocli.CommandLine.Command;

/** {@code jgo tool}: the individual tools (abi, asm, check, compile). */
@Command(name = "tool", description = "run specified jgo tool",
        subcommands = {AbiCommand.class, AsmCommand.class, CheckCommand.class, CompileCommand.class})
public final class ToolCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.err);
    }
}
