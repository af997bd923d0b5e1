package dev.jgo.cmd;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jgo build}: compile packages and dependencies into an executable. */
@Command(name = "build", description = "compile packages and dependencies")
public final class BuildCommand implements Callable<Integer> {
    @Option(names = "-o", paramLabel = "output", description = "write the executable to this file")
    String output;

    @Option(names = "-abi", paramLabel = "register|stack", defaultValue = "register",
            description = "calling convention of Go functions (default: ${DEFAULT-VALUE})")
    String abi;

    @Parameters(paramLabel = "files|dir", arity = "0..*")
    List<String> inputs;

    @Override
    public Integer call() {
        return NotYet.say("jgo build");
    }
}
