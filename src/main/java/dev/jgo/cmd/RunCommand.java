package dev.jgo.cmd;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jgo run}: compile and run a Go program. */
@Command(name = "run", description = "compile and run Go program")
public final class RunCommand implements Callable<Integer> {
    @Option(names = "-abi", paramLabel = "register|stack", defaultValue = "register",
            description = "calling convention of Go functions (default: ${DEFAULT-VALUE})")
    String abi;

    @Parameters(paramLabel = "files|dir [-- args]", arity = "1..*")
    List<String> inputs;

    @Override
    public Integer call() {
        return NotYet.say("jgo run");
    }
}
