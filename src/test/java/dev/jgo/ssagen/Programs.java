package dev.jgo.ssagen;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.jgo.ssa.DumpConfig;
import dev.jgo.ssa.Func;
import dev.jgo.ssa.PassOptions;
import dev.jgo.ssa.Passes;
import dev.jgo.syntax.Diagnostics;
import dev.jgo.syntax.File;
import dev.jgo.syntax.Parser;
import dev.jgo.types.Checker;
import dev.jgo.types.Package;
import dev.jgo.types.Universe;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/** Go sources in tests, parsed, checked and built into SSA. */
final class Programs {
    private Programs() {}

    /** Builds src (package main) into SSA, checked, with the pass table run when optimize. */
    static List<Func> build(String src, boolean optimize) {
        Diagnostics diags = new Diagnostics();
        File file = Parser.parse("prog.go", src.getBytes(StandardCharsets.UTF_8), diags);
        Package p = Checker.check("main", List.of(file),
                (path, pos) -> path.equals("unsafe") ? Universe.UNSAFE : null, diags);
        assertFalse(diags.hasErrors(), () -> "checking: " + diags.sorted());
        List<Func> funcs = SsaGen.build(p, List.of(file), diags);
        assertFalse(diags.hasErrors(), () -> "building SSA: " + diags.sorted());
        PassOptions options = new PassOptions(optimize, true, Set.of(), DumpConfig.NONE);
        for (Func f : funcs) Passes.run(f, options);
        return funcs;
    }
}
