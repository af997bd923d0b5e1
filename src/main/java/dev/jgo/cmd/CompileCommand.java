package dev.jgo.cmd;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jgo tool compile}: compile one package's files; -S prints the assembly listing. */
@Command(name = "compile", description = "compile Go files of one package")
public final class CompileCommand implements Callable<Integer> {
    @Option(names = "-S", description = "print the assembly listing")
    boolean listing;

    @Parameters(paramLabel = "files", arity = "1..*")
    List<String> files;

    @Override
    public Integer call() {
        return NotYet.say("jgo tool compile");
    }
}
