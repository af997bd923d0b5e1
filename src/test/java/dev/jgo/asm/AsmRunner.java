package dev.jgo.asm;

import dev.jgo.syntax.Diagnostic;
import dev.jgo.syntax.Diagnostics;
import java.nio.file.Path;
import java.util.List;

/** Assembles files as package main with jgo's include directory, for tests. */
final class AsmRunner {
    static final Path INCLUDE = Path.of("src/main/go/include");

    private AsmRunner() {}

    record Outcome(Assembler.Result result, List<Diagnostic> errors) {
        String listing() {
            StringBuilder b = new StringBuilder();
            result.functions().forEach(f -> b.append(f.listing()));
            return b.toString();
        }
    }

    static Outcome assemble(Path file, String pkg, boolean runtime) {
        Diagnostics d = new Diagnostics();
        Assembler.Result r = Assembler.assemble(file, Assembler.Options.build(pkg, runtime, List.of(INCLUDE)), d);
        return new Outcome(r, d.sorted());
    }

    /** For exploring by hand: prints the listing and errors of the files given. */
    public static void main(String[] args) {
        for (String a : args) {
            Outcome o = assemble(Path.of(a), "main", false);
            System.out.print(o.listing());
            o.result().symbols().forEach(s -> System.out.println(s + " " + s.relocs()));
            o.errors().forEach(System.err::println);
        }
    }
}
