package dev.jgo.runtime;

import dev.jgo.asm.Assembler;
import dev.jgo.syntax.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where jgo's runtime sources are, and how the build assembles them. */
final class RuntimeSources {
    static final Path STD = Path.of("src/main/go");
    static final Path DIR = STD.resolve("runtime");
    static final Path INCLUDE = STD.resolve("include");

    private RuntimeSources() {}

    static List<Path> files(String suffix) throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    /** Assembles file as part of package runtime (ABI selectors allowed, offsets_amd64.h found). */
    static Assembler.Result assemble(Path file, Diagnostics d) {
        return Assembler.assemble(file, Assembler.Options.build("runtime", true, List.of(INCLUDE, DIR)), d);
    }
}
