package dev.jgo.cmd;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code jgo tool}: the individual tools (abi, asm, check, compile). */
@Command(name = "tool", description = "run specified jgo tool",
        subcommands = {AbiCommand.class, AsmCommand.class, CheckCommand.class, CompileCommand.class})
public final class ToolCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** Without a subcommand: the usage, and exit status 2 as the go command gives. */
    @Override
    public Integer call() {
        spec.commandLine().usage(System.err);
        return 2;
    }
}
