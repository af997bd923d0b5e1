package dev.jgo.cmd;

import dev.jgo.build.Builder;
import dev.jgo.syntax.Diagnostics;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jgo tool compile}: compile one package's files (and the runtime they need to check);
 * -S prints the listing of every function of the package and of the ABI wrappers it needs.
 */
@Command(name = "compile", description = "compile Go files of one package")
public final class CompileCommand implements Callable<Integer> {
    @Option(names = "-S", description = "print the assembly listing")
    boolean listing;

    @Option(names = "-abi", paramLabel = "register|stack", defaultValue = "register",
            description = "calling convention of Go functions (default: ${DEFAULT-VALUE})")
    String abi;

    @Option(names = "-d", paramLabel = "ssa/<pass>/dump=<func>,…", description = "SSA debug options, as gc's -d")
    String debug;

    @Parameters(paramLabel = "files", arity = "1..*")
    List<String> files;

    @Override
    public Integer call() {
        Diagnostics diags = new Diagnostics();
        Builder builder;
        try {
            builder = Builds.builder(abi, debug, listing, diags);
        } catch (Builds.BadFlag e) {
            return Builds.usage(e);
        }
        List<String> listings = builder.compilePackage(files);
        if (listings == null) return Builds.report(diags, System.err);
        if (listing) listings.forEach(System.out::print);
        return 0;
    }
}
