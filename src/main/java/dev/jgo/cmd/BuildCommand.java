package dev.jgo.cmd;

import dev.jgo.build.Builder;
import dev.jgo.link.Linker;
import dev.jgo.syntax.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    @Option(names = "-d", paramLabel = "ssa/<pass>/dump=<func>,…", description = "SSA debug options, as gc's -d")
    String debug;

    @Parameters(paramLabel = "files|dir", arity = "0..*")
    List<String> inputs = List.of();

    @Override
    public Integer call() {
        Path out = output != null ? Path.of(output) : Builds.defaultOutput(inputs);
        if (Files.isDirectory(out)) {
            System.err.println("go build: build output \"" + out + "\" already exists and is a directory");
            return 1;
        }
        if (out.getFileName().toString().endsWith(".go") || inputs.stream().anyMatch(i -> sameFile(Path.of(i), out))) {
            System.err.println("go build: build output \"" + out + "\" already exists and is not an object file");
            return 1;
        }
        Diagnostics diags = new Diagnostics();
        Builder builder;
        try {
            builder = Builds.builder(abi, debug, false, diags);
        } catch (Builds.BadFlag e) {
            return Builds.usage(e);
        }
        byte[] exe = builder.build(inputs);
        if (exe == null) return Builds.report(diags, System.err);
        try {
            Linker.writeExecutable(out, exe);
        } catch (IOException e) {
            System.err.println("go build: " + e.getMessage());
            return 1;
        }
        return 0;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
