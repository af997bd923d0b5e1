package dev.jgo.cmd;

import dev.jgo.build.Loader;
import dev.jgo.syntax.Diagnostics;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code jgo tool check}: parse and type-check a package and its imports; exit 0 when valid. */
@Command(name = "check", description = "parse and type-check Go files or a package directory")
public final class CheckCommand implements Callable<Integer> {
    @Parameters(paramLabel = "files|dir", arity = "0..*")
    List<String> inputs = List.of();

    @Override
    public Integer call() {
        Diagnostics diags = new Diagnostics();
        Loader.standard(diags).loadMain(inputs);
        return ErrorPrinter.print(diags, System.err);
    }
}
