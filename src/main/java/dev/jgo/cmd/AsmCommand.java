package dev.jgo.cmd;

import dev.jgo.asm.Assembler;
import dev.jgo.asm.AsmFunction;
import dev.jgo.asm.FrameChecker;
import dev.jgo.build.JgoRoot;
import dev.jgo.syntax.Diagnostics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jgo tool asm}: assemble one Plan 9 amd64 file; -S prints the listing as gc's assembler does. */
@Command(name = "asm", description = "assemble a Go (Plan 9) amd64 assembly file")
public final class AsmCommand implements Callable<Integer> {
    @Option(names = "-S", description = "print the assembly listing")
    boolean listing;

    @Option(names = "-p", paramLabel = "path", defaultValue = "main", description = "package import path (default: ${DEFAULT-VALUE})")
    String pkg;

    @Option(names = "-I", paramLabel = "dir", description = "include directory (jgo's own textflag.h is always searched)")
    List<Path> includes = new ArrayList<>();

    @Option(names = "-D", paramLabel = "name[=value]", description = "predefined macro")
    List<String> defines = new ArrayList<>();

    @Option(names = "-compiling-runtime", description = "allow ABI selectors, as for package runtime")
    boolean runtime;

    @Parameters(paramLabel = "file.s", arity = "1")
    Path file;

    @Override
    public Integer call() {
        Diagnostics diags = new Diagnostics();
        if (!Files.isRegularFile(file)) {
            System.err.println(file + ": no such file or directory");
            return 1;
        }
        List<Path> dirs = new ArrayList<>(includes);
        dirs.add(JgoRoot.std().resolve("include"));
        Map<String, String> macros = new LinkedHashMap<>(Assembler.BUILD_DEFINES);
        for (String d : defines) {
            int eq = d.indexOf('=');
            macros.put(eq < 0 ? d : d.substring(0, eq), eq < 0 ? "1" : d.substring(eq + 1));
        }
        var options = new Assembler.Options(pkg, runtime || Assembler.isRuntimePackage(pkg), dirs, macros,
                FrameChecker.NONE);
        Assembler.Result result = Assembler.assemble(file, options, diags);
        if (diags.hasErrors()) return ErrorPrinter.print(diags, System.err);
        if (listing) {
            for (AsmFunction f : result.functions()) System.out.print(f.listing());
        }
        return 0;
    }
}
