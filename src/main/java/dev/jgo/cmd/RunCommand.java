package dev.jgo.cmd;

import dev.jgo.build.Builder;
import dev.jgo.link.Linker;
import dev.jgo.syntax.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jgo run}: build into a temporary directory and run the program with the arguments that
 * follow the .go files (or a directory, or {@code --}); its output goes straight to ours, and a
 * non-zero exit is reported as go run does ("exit status N" on standard error) and returned.
 */
@Command(name = "run", description = "compile and run Go program")
public final class RunCommand implements Callable<Integer> {
    @Option(names = "-abi", paramLabel = "register|stack", defaultValue = "register",
            description = "calling convention of Go functions (default: ${DEFAULT-VALUE})")
    String abi;

    @Option(names = "-d", paramLabel = "ssa/<pass>/dump=<func>,…", description = "SSA debug options, as gc's -d")
    String debug;

    @Parameters(paramLabel = "files|dir [args]", arity = "1..*")
    List<String> inputs;

    @Override
    public Integer call() throws IOException, InterruptedException {
        List<String> sources = new ArrayList<>(), args = new ArrayList<>();
        split(inputs, sources, args);
        Diagnostics diags = new Diagnostics();
        Builder builder;
        try {
            builder = Builds.builder(abi, debug, false, diags);
        } catch (Builds.BadFlag e) {
            return Builds.usage(e);
        }
        byte[] exe = builder.build(sources);
        if (exe == null) return Builds.report(diags, System.err);
        Path dir = Files.createTempDirectory("jgo-run");
        Path bin = dir.resolve(Builds.defaultOutput(sources).getFileName());
        try {
            Linker.writeExecutable(bin, exe);
            List<String> cmd = new ArrayList<>(List.of(bin.toString()));
            cmd.addAll(args);
            Process p = new ProcessBuilder(cmd).inheritIO().start();
            int status = p.waitFor();
            if (status != 0) System.err.println("exit status " + status);
            return status;
        } finally {
            Files.deleteIfExists(bin);
            Files.deleteIfExists(dir);
        }
    }

    /** The .go files (or the first argument, a directory) and the program's arguments after them. */
    static void split(List<String> all, List<String> sources, List<String> args) {
        int i = 0;
        while (i < all.size() && all.get(i).endsWith(".go")) sources.add(all.get(i++));
        if (sources.isEmpty() && i < all.size() && !all.get(i).equals("--")) sources.add(all.get(i++));
        if (i < all.size() && all.get(i).equals("--")) i++;
        args.addAll(all.subList(i, all.size()));
    }
}
